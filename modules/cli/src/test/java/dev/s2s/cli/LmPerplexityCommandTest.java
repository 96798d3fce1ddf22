package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmPerplexityCommandTest {
  @TempDir Path dir;

  /*
   * Hand-written bigram model; "a b" scores p(a|<s>) = 10^-0.3, p(b|a) = bow(a) p(b) = 10^-0.8,
   * p(</s>|b) = 10^-0.1: log10 P = -1.2 over 3 tokens, cross-entropy 1.2 log2(10)/3 = 1.328771
   * bits, perplexity 10^0.4 = 2.511886.
   */
  private static final String ARPA =
      String.join("\n", "\\data\\", "ngram 1=5", "ngram 2=2", "", "\\1-grams:", "-99\t<s>\t-0.5",
          "-0.5\ta\t-0.2", "-0.6\tb\t-0.4", "-0.7\t</s>", "-2\t<unk>", "", "\\2-grams:",
          "-0.3\t<s> a", "-0.1\tb </s>", "", "\\end\\", "");

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void printsTokensOovsCrossEntropyAndPerplexity() throws IOException {
    Path model = write("m.arpa", ARPA);
    Path test = write("t.txt", "a b\n");
    LmCliSupport.Run r = LmCliSupport.run("perplexity", "--model", model.toString(), test.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("sentences: 1, words: 2, OOVs: 0"), r.out());
    assertTrue(r.out().contains("tokens: 3 "), r.out());
    assertTrue(r.out().contains("cross-entropy: 1.328771 bits/token"), r.out());
    assertTrue(r.out().contains("perplexity: 2.5119"), r.out());
    assertTrue(r.out().contains("convention: OOV words are scored as <unk>"), r.out());

    r = LmCliSupport.run("perplexity", "--model", model.toString(), "--format", "json", test.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"tokens\": 3,") && r.out().contains("\"oovs\": 0,"), r.out());
    assertTrue(r.out().contains("\"perplexity\": 2.5118"), r.out());
  }

  @Test
  void allUnknownWordsExitWithStatus2AndNoNumbers() throws IOException {
    Path model = write("m.arpa", ARPA);
    Path test = write("fr.txt", "le chat\nnoir\n");
    LmCliSupport.Run r = LmCliSupport.run("perplexity", "--model", model.toString(), test.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("fr.txt: all 3 words are outside the model's vocabulary"), r.err());
    assertFalse(r.out().contains("NaN") || r.out().contains("Infinity") || r.out().contains("perplexity"), r.out());
  }

  @Test
  void wrongCountHeaderExitsWithStatus2AndFileLine() throws IOException {
    Path model = write("bad.arpa", ARPA.replace("ngram 2=2", "ngram 2=7"));
    Path test = write("t.txt", "a b\n");
    LmCliSupport.Run r = LmCliSupport.run("perplexity", "--model", model.toString(), test.toString());
    assertEquals(2, r.exit());
    // the 2-gram section ends at the blank line 15
    assertTrue(r.err().contains(model + ":15: \\2-grams: section (from line 12) has 2 entries"), r.err());
  }

  @Test
  void malformedLineExitsWithStatus2AndFileLine() throws IOException {
    Path model = write("bad.arpa", ARPA.replace("-0.1\tb </s>", "-0.1\tb"));
    Path test = write("t.txt", "a b\n");
    LmCliSupport.Run r = LmCliSupport.run("perplexity", "--model", model.toString(), test.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(model + ":14: malformed 2-gram entry"), r.err());
  }

  @Test
  void unknownFormatExitsWithStatus2() throws IOException {
    Path model = write("m.arpa", ARPA);
    Path test = write("t.txt", "a b\n");
    LmCliSupport.Run r = LmCliSupport.run("perplexity", "--model", model.toString(), "--format", "xml", test.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format: unknown value 'xml'"), r.err());
  }
}

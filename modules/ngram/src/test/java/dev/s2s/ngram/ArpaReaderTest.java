package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArpaReaderTest {
  /*
   * A hand-written bigram model. Scoring "a b" with backoff:
   *   p(a|<s>) = 10^-0.3 (listed)
   *   p(b|a): "a b" not listed -> bow(a) * p(b) = 10^(-0.2 + -0.6)
   *   p(</s>|b) listed = 10^-0.1
   * log10 P(sentence) = -0.3 - 0.8 - 0.1 = -1.2
   */
  private static final String GOOD =
      String.join(
          "\n",
          "some preamble that readers ignore",
          "\\data\\",
          "ngram 1=4",
          "ngram 2=3",
          "",
          "\\1-grams:",
          "-99\t<s>\t-0.5",
          "-0.5\ta\t-0.2",
          "-0.6\tb\t-0.4",
          "-0.7\t</s>",
          "",
          "\\2-grams:",
          "-0.3\t<s> a",
          "-0.1\tb </s>",
          "-0.25\ta a",
          "",
          "\\end\\",
          "");

  private static BackoffModel read(String text) {
    return ArpaReader.read(new BufferedReader(new StringReader(text)), "m.arpa");
  }

  @Test
  void scoresWithStandardBackoff() {
    BackoffModel m = read(GOOD);
    assertEquals(2, m.order());
    PerplexityResult r = NgramScorer.score(m, LmTestSupport.text("a b"), "t");
    assertEquals(-1.2, r.log10Prob(), 1e-6);
    assertEquals(3, r.countedTokens());
    assertEquals(Math.pow(10, 1.2 / 3), r.perplexity().perplexity(), 1e-6);
    assertEquals(Math.pow(10, -0.5 + -0.6), LmTestSupport.prob(m, "<s>", "b"), 1e-6);
  }

  @Test
  void wrongCountHeaderNamesFileAndLine() {
    String bad = GOOD.replace("ngram 2=3", "ngram 2=4");
    UserException e = assertThrows(UserException.class, () -> read(bad));
    // the 2-gram section ends with the blank line 16
    assertTrue(e.getMessage().startsWith("m.arpa:16:"), e.getMessage());
    assertTrue(e.getMessage().contains("has 3 entries") && e.getMessage().contains("ngram 2=4"), e.getMessage());

    String tooMany = GOOD.replace("ngram 1=4", "ngram 1=3");
    e = assertThrows(UserException.class, () -> read(tooMany));
    assertTrue(e.getMessage().startsWith("m.arpa:10:"), e.getMessage());
    assertTrue(e.getMessage().contains("more entries than the 3 declared"), e.getMessage());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    UserException e = assertThrows(UserException.class, () -> read(GOOD.replace("-0.6\tb\t-0.4", "-0.6\tb\t-0.4\textra")));
    assertTrue(e.getMessage().startsWith("m.arpa:9:") && e.getMessage().contains("malformed 1-gram"), e.getMessage());
    e = assertThrows(UserException.class, () -> read(GOOD.replace("-0.1\tb </s>", "abc\tb </s>")));
    assertTrue(e.getMessage().startsWith("m.arpa:14:") && e.getMessage().contains("malformed number 'abc'"), e.getMessage());
    e = assertThrows(UserException.class, () -> read(GOOD.replace("-0.25\ta a", "-0.25\ta c")));
    assertTrue(e.getMessage().startsWith("m.arpa:15:") && e.getMessage().contains("word 'c'"), e.getMessage());
    e = assertThrows(UserException.class, () -> read(GOOD.replace("\\end\\", "")));
    assertTrue(e.getMessage().contains("expected \\end\\"), e.getMessage());
    e = assertThrows(UserException.class, () -> read(GOOD.replace("ngram 2=3", "ngram 3=3")));
    assertTrue(e.getMessage().startsWith("m.arpa:4:"), e.getMessage());
    e = assertThrows(UserException.class, () -> read("nothing here\n"));
    assertTrue(e.getMessage().contains("\\data\\"), e.getMessage());
  }

  @Test
  void missingPrefixIsRejected() {
    String trigram =
        String.join("\n", "\\data\\", "ngram 1=3", "ngram 2=1", "ngram 3=1", "", "\\1-grams:",
            "-1\t<s>\t0", "-1\ta\t0", "-1\t</s>", "", "\\2-grams:", "-1\t<s> a\t0", "", "\\3-grams:",
            "-1\ta a </s>", "", "\\end\\", "");
    UserException e = assertThrows(UserException.class, () -> read(trigram));
    assertTrue(e.getMessage().startsWith("m.arpa:15:") && e.getMessage().contains("not listed as a 2-gram"), e.getMessage());
  }

  /*
   * Reference: IRSTLM 6.00.05 (tlm -lm=ikn -n=3 -ps=no) built ikn3.arpa from the train.txt next to
   * it and printed, for test.txt, n=53 PP=7.253194498 (see the README.md there). Our reader and
   * backoff scorer must give the same perplexity from IRSTLM's ARPA file.
   */
  @Test
  void irstlmModelGivesIrstlmsOwnPerplexity() throws URISyntaxException {
    Path dir = Path.of(ArpaReaderTest.class.getResource("irstlm/ikn3.arpa").toURI()).getParent();
    BackoffModel m = ArpaReader.read(dir.resolve("ikn3.arpa"));
    PerplexityResult r = NgramScorer.score(m, PlainText.read(dir.resolve("test.txt")), "test.txt");
    assertEquals(0, r.oovs());
    assertEquals(53, r.countedTokens());
    assertEquals(7.253194498, r.perplexity().perplexity(), 7.253194498 * 2e-5);
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmSampleCommandTest {
  @TempDir Path dir;

  /* Deterministic bigram model: <s> -> a -> b -> </s> with probability 1, so every line is "a b". */
  private static final String ARPA =
      String.join("\n", "\\data\\", "ngram 1=4", "ngram 2=3", "", "\\1-grams:", "-99\t<s>\t-99",
          "-99\ta\t-99", "-99\tb\t-99", "-99\t</s>", "", "\\2-grams:", "0\t<s> a", "0\ta b",
          "0\tb </s>", "", "\\end\\", "");

  @Test
  void printsNSentencesFromTheModel() throws IOException {
    Path model = Files.writeString(dir.resolve("m.arpa"), ARPA);
    LmCliSupport.Run r = LmCliSupport.run("sample", "--model", model.toString(), "--seed", "5", "-n", "3");
    assertEquals(0, r.exit(), r.err());
    assertEquals("a b\na b\na b\n", r.out().replace("\r\n", "\n"));
  }

  @Test
  void sameSeedSameOutput() throws IOException {
    Path train = Files.writeString(dir.resolve("t.txt"), "a b c\nb c a\nc a b d\na d\nd d b\n");
    Path model = dir.resolve("m.arpa");
    assertEquals(0, LmCliSupport.run("build", "--order", "2", "--smoothing", "add-k", "-o", model.toString(), train.toString()).exit());
    String first = LmCliSupport.run("sample", "--model", model.toString(), "--seed", "9", "-n", "20").out();
    String again = LmCliSupport.run("sample", "--model", model.toString(), "--seed", "9", "-n", "20").out();
    assertEquals(first, again);
    assertEquals(20, first.lines().count());
  }

  @Test
  void negativeCountExitsWithStatus2() throws IOException {
    Path model = Files.writeString(dir.resolve("m.arpa"), ARPA);
    LmCliSupport.Run r = LmCliSupport.run("sample", "--model", model.toString(), "-n", "-1");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("-n: expected"), r.err());
  }
}

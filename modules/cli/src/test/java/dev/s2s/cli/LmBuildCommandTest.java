package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmBuildCommandTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  /*
   * Corpus "a b / a b / b a / c a", KN bigram: the ARPA header lists 6 unigrams (<unk> <s> </s>
   * a b c) and the 8 bigram types (<s> a)(a b)(b </s>)(a </s>)(<s> b)(b a)(<s> c)(c a); p(a) =
   * .37 (hand derivation in NgramLmBuilderTest), log10 .37 = -0.431798.
   */
  @Test
  void buildsAnArpaFile() throws IOException {
    Path train = write("train.txt", "a b\na b\nb a\nc a\n");
    Path model = dir.resolve("m.arpa");
    LmCliSupport.Run r = LmCliSupport.run("build", "--order", "2", "--smoothing", "kn", "-o", model.toString(), train.toString());
    assertEquals(0, r.exit(), r.err());
    String arpa = Files.readString(model);
    assertTrue(arpa.contains("ngram 1=6\nngram 2=8\n"), arpa);
    assertTrue(arpa.lines().anyMatch(l -> l.startsWith("-0.43179") && l.contains("\ta\t")), arpa);
    assertTrue(r.out().contains("ngram 2=8"), r.out());
  }

  @Test
  void emptyTextExitsWithStatus2() throws IOException {
    Path train = write("empty.txt", "\n  \n");
    Path model = dir.resolve("m.arpa");
    LmCliSupport.Run r = LmCliSupport.run("build", "--order", "3", "--smoothing", "kn", "-o", model.toString(), train.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("empty.txt: no tokens"), r.err());
    assertFalse(Files.exists(model));
  }

  /* One token: modified-KN count-of-counts n1=2 n2=0 make D2 undefined (see NgramLmBuilderTest). */
  @Test
  void oneTokenTextWithModifiedKneserNeyExitsWithStatus2() throws IOException {
    Path train = write("one.txt", "x\n");
    LmCliSupport.Run r = LmCliSupport.run("build", "--order", "2", "--smoothing", "modified-kn", "-o", dir.resolve("m.arpa").toString(), train.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("one.txt: order 1: count-of-counts n1=2 n2=0"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void badOptionsExitWithStatus2() throws IOException {
    Path train = write("t.txt", "a b\n");
    LmCliSupport.Run r = LmCliSupport.run("build", "--order", "2", "--smoothing", "good-turing", "-o", dir.resolve("m.arpa").toString(), train.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--smoothing: unknown value 'good-turing'"), r.err());
    r = LmCliSupport.run("build", "--order", "2", "--smoothing", "add-k", "--k", "-1", "-o", dir.resolve("m.arpa").toString(), train.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--k"), r.err());
    r = LmCliSupport.run("build", "--order", "2", "--smoothing", "kn", "-o", dir.resolve("m.arpa").toString(), dir.resolve("missing.txt").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("missing.txt"), r.err());
  }
}

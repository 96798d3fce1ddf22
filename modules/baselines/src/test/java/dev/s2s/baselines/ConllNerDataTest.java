package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.conll.TagScheme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllNerDataTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void readsFourColumnConll2003() throws IOException {
    Path f =
        write(
            "a.conll",
            "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
                + "Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n");
    List<TaggedSentence> s = ConllNerData.read(f);
    assertEquals(2, s.size());
    assertEquals(new TaggedSentence(List.of("EU", "rejects"), List.of("B-ORG", "O")), s.get(0));
    assertEquals(List.of("B-PER", "I-PER"), s.get(1).tags());
    assertEquals(4, ConllNerData.tokenCount(s));
  }

  @Test
  void readsTwoColumnsAndConvertsIob1() throws IOException {
    Path f = write("b.conll", "Peter I-PER\nBlackburn I-PER\nsaid O\n");
    List<TaggedSentence> s = ConllNerData.read(f, TagScheme.IOB1);
    assertEquals(List.of("B-PER", "I-PER", "O"), s.get(0).tags());
  }

  @Test
  void malformedLineNamesFileAndLine() throws IOException {
    Path f = write("c.conll", "EU NNP B-NP B-ORG\nrejects VBZ O\n");
    UserException e = assertThrows(UserException.class, () -> ConllNerData.read(f));
    assertTrue(e.getMessage().startsWith(f + ":2: expected 4 columns"), e.getMessage());
  }

  @Test
  void unknownColumnCountIsUserError() throws IOException {
    Path f = write("d.conll", "\nEU NNP B-ORG\n");
    UserException e = assertThrows(UserException.class, () -> ConllNerData.read(f));
    assertTrue(e.getMessage().startsWith(f + ":2: found 3 columns"), e.getMessage());
  }

  @Test
  void missingFileIsUserError() {
    Path f = dir.resolve("missing.conll");
    UserException e = assertThrows(UserException.class, () -> ConllNerData.read(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void emptyFileIsUserError() throws IOException {
    Path f = write("e.conll", "-DOCSTART- -X- -X- O\n\n");
    UserException e = assertThrows(UserException.class, () -> ConllNerData.read(f));
    assertTrue(e.getMessage().contains("empty corpus"), e.getMessage());
  }

  @Test
  void sharedTestbHasTheOfficialCounts() {
    Path testb = Path.of(System.getProperty("s2s.shared", "/work/shared"), "corpora/conll2003/eng.testb");
    Assumptions.assumeTrue(Files.isRegularFile(testb), "skipped: " + testb + " absent");
    List<TaggedSentence> s = ConllNerData.read(testb);
    // corpora/README.md: 3,453 sentences, 46,435 tokens
    assertEquals(3453, s.size());
    assertEquals(46435, ConllNerData.tokenCount(s));
  }
}

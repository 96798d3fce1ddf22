package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmTextReaderTest {
  @TempDir Path dir;

  private static final String WIKI =
      " \n = Homarus gammarus = \n \n Homarus gammarus , known as the European lobster . \n \n = = Description = = \n";

  @Test
  void ptbLinesWithLeadingAndTrailingSpace() {
    Path f = TestFiles.write(dir, "ptb.txt", " a b  c \n the <unk> N \n");
    List<LmLine> lines = LmTextReader.read(f, LmTextOptions.standard());
    assertEquals(List.of(new LmLine(1, List.of("a", "b", "c"), false), new LmLine(2, List.of("the", "<unk>", "N"), false)), lines);
  }

  @Test
  void wikiTextKeepsBlankLinesAndHeadingsByDefault() {
    Path f = TestFiles.write(dir, "wiki.tokens", WIKI);
    List<LmLine> lines = LmTextReader.read(f, LmTextOptions.standard());
    assertEquals(6, lines.size());
    assertEquals(new LmLine(2, List.of("=", "Homarus", "gammarus", "="), true), lines.get(1));
    assertEquals(new LmLine(3, List.of(), false), lines.get(2));
    assertTrue(lines.get(5).heading());
    assertFalse(lines.get(3).heading());
  }

  @Test
  void wikiTextCanSkipBlankLinesAndHeadings() {
    Path f = TestFiles.write(dir, "wiki.tokens", WIKI);
    List<LmLine> lines = LmTextReader.read(f, new LmTextOptions(true, true));
    assertEquals(1, lines.size());
    assertEquals(4, lines.get(0).line());
    assertEquals(9, lines.get(0).tokens().size());
  }

  @Test
  void headingDetection() {
    assertTrue(LmTextReader.isHeading(" = Title = "));
    assertTrue(LmTextReader.isHeading(" = = = Deeper heading = = = "));
    assertFalse(LmTextReader.isHeading(" a = b "));
    assertFalse(LmTextReader.isHeading(" = "));
    assertFalse(LmTextReader.isHeading(" "));
  }

  @Test
  void emptyCorpusIsAnError() {
    Path f = TestFiles.write(dir, "blank.txt", " \n\n \n");
    UserException e = assertThrows(UserException.class, () -> LmTextReader.read(f, LmTextOptions.standard()));
    assertEquals(f + ": empty corpus (no tokens)", e.getMessage());
    Path g = TestFiles.write(dir, "nothing.txt", "");
    assertThrows(UserException.class, () -> LmTextReader.read(g, LmTextOptions.standard()));
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("ptb.train.txt");
    UserException e = assertThrows(UserException.class, () -> LmTextReader.read(f, LmTextOptions.standard()));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void ptbTrainCounts() {
    Path f = TestFiles.sharedCorpus("ptb").resolve("ptb.train.txt");
    long[] lines = {0};
    long[] tokens = {0};
    LmTextReader.forEach(f, LmTextOptions.standard(), l -> {
      lines[0]++;
      tokens[0] += l.tokens().size();
    });
    // README: 42,068 lines, 887,521 tokens
    assertEquals(42068, lines[0]);
    assertEquals(887521, tokens[0]);
  }

  @Test
  void wikiText2ValidCountsWithOneEosPerLine() {
    Path f = TestFiles.sharedCorpus("wikitext-2").resolve("wiki.valid.tokens.gz");
    long[] lines = {0};
    long[] tokens = {0};
    LmTextReader.forEach(f, LmTextOptions.standard(), l -> {
      lines[0]++;
      tokens[0] += l.tokens().size();
    });
    // README: 3,760 lines, 213,886 whitespace tokens, 217,646 with one <eos> per line (official)
    assertEquals(3760, lines[0]);
    assertEquals(213886, tokens[0]);
    assertEquals(217646, tokens[0] + lines[0]);
  }
}

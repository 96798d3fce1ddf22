package dev.s2s.text.subword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BpeCodesFileTest {
  @TempDir Path dir;

  @Test
  void writesSubwordNmtsLayoutAndReadsItBack() throws Exception {
    Path f = dir.resolve("run/bpe.en.codes");
    BpeCodesFile.save(f, new BpeCodes(BpeLearnerTest.pairs("s t</w>", "e st</w>", "l o")));
    assertEquals("#version: 0.2\ns t</w>\ne st</w>\nl o\n", Files.readString(f, StandardCharsets.UTF_8));
    assertEquals(BpeLearnerTest.pairs("s t</w>", "e st</w>", "l o"), BpeCodesFile.load(f).merges());
  }

  @Test
  void badFilesNameTheLine() {
    Path noHeader = TestFiles.write(dir, "a.codes", "s t</w>\n");
    assertMessage(noHeader, noHeader + ":1:", "#version: 0.2");
    Path badLine = TestFiles.write(dir, "b.codes", "#version: 0.2\ns t</w>\ne  st</w>\n");
    assertMessage(badLine, badLine + ":3:", "two symbols separated by one space", "'e  st</w>'");
    Path twice = TestFiles.write(dir, "c.codes", "#version: 0.2\ns t\ns t\n");
    assertMessage(twice, twice.toString(), "listed twice");
    Path empty = TestFiles.write(dir, "d.codes", "");
    assertMessage(empty, empty.toString(), "an empty file");
  }

  private static void assertMessage(Path file, String... fragments) {
    String m = assertThrows(UserException.class, () -> BpeCodesFile.load(file)).getMessage();
    for (String f : fragments) {
      assertTrue(m.contains(f), "'" + f + "' expected in: " + m);
    }
  }
}

package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusPathsTest {
  @TempDir Path dir;

  @Test
  void prefersPlainFileThenGz() {
    Path gz = TestFiles.write(dir, "train.de.gz", "x\n");
    assertEquals(gz, CorpusPaths.resolveMaybeGz(dir.resolve("train.de")));
    Path plain = TestFiles.write(dir, "train.de", "x\n");
    assertEquals(plain, CorpusPaths.resolveMaybeGz(dir.resolve("train.de")));
  }

  @Test
  void missingNamesBothPathsTried() {
    UserException e =
        assertThrows(UserException.class, () -> CorpusPaths.resolveMaybeGz(dir.resolve("train.fr")));
    assertTrue(e.getMessage().contains(dir.resolve("train.fr").toString()), e.getMessage());
    assertTrue(e.getMessage().contains(dir.resolve("train.fr.gz").toString()), e.getMessage());
  }
}

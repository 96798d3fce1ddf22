package dev.s2s.text.corpus;

import dev.s2s.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates corpus files that may be stored gzip-compressed. */
public final class CorpusPaths {
  private CorpusPaths() {}

  /**
   * {@code file} if it exists, else {@code file + ".gz"} if that exists (a name already ending in
   * {@code .gz} is used as is).
   *
   * @throws UserException naming every path tried when none exists
   */
  public static Path resolveMaybeGz(Path file) {
    if (Files.isRegularFile(file)) {
      return file;
    }
    if (file.getFileName().toString().endsWith(".gz")) {
      throw new UserException("file not found: " + file);
    }
    Path gz = file.resolveSibling(file.getFileName() + ".gz");
    if (Files.isRegularFile(gz)) {
      return gz;
    }
    throw new UserException("file not found: " + file + " (also tried " + gz + ")");
  }
}

package dev.s2s.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Helpers for tests: writing small files and locating the shared corpora. */
public final class TestFiles {
  private TestFiles() {}

  /** Writes {@code text} as UTF-8 to {@code dir/name} (gzip if the name ends in .gz). */
  public static Path write(Path dir, String name, String text) {
    return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes raw bytes to {@code dir/name} (gzip if the name ends in .gz). */
  public static Path writeBytes(Path dir, String name, byte[] bytes) {
    Path p = dir.resolve(name);
    try (OutputStream out =
        name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /**
   * {@code <s2s.shared>/corpora/<sub>}; the calling test is skipped (with a message) when it is
   * absent.
   */
  public static Path sharedCorpus(String sub) {
    String shared = System.getProperty("s2s.shared", "../../../shared");
    Path dir = Path.of(shared, "corpora", sub);
    assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " absent");
    return dir;
  }
}

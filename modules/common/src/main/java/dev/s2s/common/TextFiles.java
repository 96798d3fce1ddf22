package dev.s2s.common;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Opens text files as strict UTF-8 (plain, or gzip when the name ends in {@code .gz}). Malformed
 * bytes raise a {@link UserException} naming the file and the byte offset; a missing file raises
 * one naming the path.
 */
public final class TextFiles {
  private TextFiles() {}

  /** A buffered reader over the decoded text of {@code file}. */
  public static BufferedReader open(Path file) {
    return new BufferedReader(new StrictUtf8Reader(openBytes(file), file.toString()), 1 << 16);
  }

  /** A strict reader over any byte stream; {@code name} is used in error messages. */
  public static BufferedReader open(InputStream in, String name) {
    return new BufferedReader(new StrictUtf8Reader(in, name), 1 << 16);
  }

  /** Raw (decompressed if {@code .gz}) bytes of {@code file}. */
  public static InputStream openBytes(Path file) {
    try {
      InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    } catch (NoSuchFileException e) {
      throw new UserException("file not found: " + file);
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * All lines of {@code file}, split on '\n' only (a trailing '\r' is kept, as sacreBLEU and
   * conlleval do; callers strip what they need).
   */
  public static List<String> readLines(Path file) {
    try (BufferedReader r = open(file)) {
      return readLines(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All lines of a reader, split on '\n' only; a final line without '\n' is kept. */
  public static List<String> readLines(BufferedReader r) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    boolean pending = false;
    for (int n; (n = r.read(buf)) >= 0; ) {
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (c == '\n') {
          lines.add(sb.toString());
          sb.setLength(0);
          pending = false;
        } else {
          sb.append(c);
          pending = true;
        }
      }
    }
    if (pending) {
      lines.add(sb.toString());
    }
    return lines;
  }
}

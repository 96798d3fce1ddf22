package dev.s2s.text.corpus;

import dev.s2s.common.TextFiles;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Streams the lines of a text file (strict UTF-8, plain or gzip), splitting on {@code '\n'} only.
 * One trailing {@code '\r'} is removed from each line so that CRLF files read like LF files; a
 * final line without {@code '\n'} is returned too. Line numbers are 1-based.
 */
public final class LineReader implements Closeable {
  private final Path file;
  private final BufferedReader in;
  private final StringBuilder sb = new StringBuilder();
  private long lineNumber;
  private boolean eof; // never read past the end: the strict decoder must not be called again
  private final char[] buf = new char[1 << 14];
  private int pos;
  private int limit;

  private LineReader(Path file) {
    this.file = file;
    this.in = TextFiles.open(file);
  }

  /** Opens {@code file}; a missing file raises a {@code UserException} naming it. */
  public static LineReader open(Path file) {
    return new LineReader(file);
  }

  /** The next line without its terminator, or {@code null} at the end of the file. */
  public String next() {
    sb.setLength(0);
    boolean any = false;
    while (fill()) {
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      sb.append(buf, start, pos - start);
      if (pos < limit) {
        pos++; // the '\n'
        return finishLine();
      }
    }
    return any ? finishLine() : null;
  }

  private String finishLine() {
    lineNumber++;
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }

  /** Makes sure there are buffered chars; false at the end of input. */
  private boolean fill() {
    if (pos < limit) {
      return true;
    }
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      limit = n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** 1-based number of the line last returned by {@link #next()} (0 before the first). */
  public long lineNumber() {
    return lineNumber;
  }

  /** The file being read. */
  public Path file() {
    return file;
  }

  /** "file:line" of the line last returned, for error messages. */
  public String where() {
    return file + ":" + lineNumber;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + file, e);
    }
  }
}

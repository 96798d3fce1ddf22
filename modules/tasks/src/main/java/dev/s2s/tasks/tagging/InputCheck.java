package dev.s2s.tasks.tagging;

import dev.s2s.common.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells whether a file is text the tagger can read, in one streaming pass: it must be valid UTF-8
 * and contain no NUL byte (the mark of a binary file). Offsets are 0-based bytes of the file's
 * content (decompressed for {@code .gz}).
 */
public final class InputCheck {
  private InputCheck() {}

  /** Empty when {@code file} is readable text; otherwise why not, e.g. "binary file (NUL byte at byte offset 12)". */
  public static Optional<String> problem(Path file) {
    try (InputStream in = TextFiles.openBytes(file)) {
      return problem(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** As {@link #problem(Path)} for a stream (read to its end or to the first problem). */
  public static Optional<String> problem(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    long consumed = 0; // bytes before bytes' position 0
    boolean eof = false;
    while (!eof) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        for (int i = bytes.position(); i < bytes.position() + n; i++) {
          if (bytes.array()[i] == 0) {
            return Optional.of("binary file (NUL byte at byte offset " + (consumed + i) + ")");
          }
        }
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      CoderResult r;
      do {
        chars.clear();
        r = decoder.decode(bytes, chars, eof);
      } while (r.isOverflow());
      if (r.isError()) {
        return Optional.of("not valid UTF-8 (at byte offset " + (consumed + bytes.position()) + ")");
      }
      if (eof && bytes.hasRemaining()) {
        return Optional.of("not valid UTF-8 (truncated character at byte offset " + (consumed + bytes.position()) + ")");
      }
      consumed += bytes.position();
      bytes.compact();
    }
    return Optional.empty();
  }
}

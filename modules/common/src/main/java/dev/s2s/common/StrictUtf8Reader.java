package dev.s2s.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 decoder that rejects malformed input with a {@link UserException} naming the source
 * and the byte offset of the first bad byte (0-based, in the decompressed stream).
 */
final class StrictUtf8Reader extends Reader {
  private final InputStream in;
  private final String name;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long consumedBefore; // bytes of the stream before bytes' position 0
  private boolean eof;
  private boolean finished; // decoder flushed: every later read returns -1

  StrictUtf8Reader(InputStream in, String name) {
    this.in = in;
    this.name = name;
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (finished) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (!bytes.hasRemaining()) {
        if (eof) {
          return finish(out, off);
        }
        fill();
        continue;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        throw malformed(consumedBefore + bytes.position());
      }
      if (r.isUnderflow() && out.position() == off) {
        if (eof) {
          return finish(out, off);
        }
        fill();
      }
    }
    return out.position() - off;
  }

  private int finish(CharBuffer out, int off) {
    CoderResult r = decoder.decode(bytes, out, true);
    if (r.isError() || bytes.hasRemaining()) {
      throw malformed(consumedBefore + bytes.position());
    }
    decoder.flush(out);
    finished = true;
    int n = out.position() - off;
    return n == 0 ? -1 : n;
  }

  private void fill() throws IOException {
    consumedBefore += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private UserException malformed(long offset) {
    return new UserException(name + ": not valid UTF-8 at byte offset " + offset);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

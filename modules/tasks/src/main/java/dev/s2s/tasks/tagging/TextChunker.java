package dev.s2s.tasks.tagging;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a character stream into bounded chunks that the tokenizer and sentence splitter see one at
 * a time: a chunk ends after a blank line (a line break, optional spaces or tabs, another line
 * break), or, when no blank line comes within {@code maxChars} characters, after the last line
 * break, else the last whitespace, else at {@code maxChars} (moved back by one so as not to split a
 * surrogate pair). The chunks concatenated are exactly the input; each carries its offset.
 */
public final class TextChunker {
  /** A piece of the input and the offset (in characters) of its first character. */
  public record Chunk(String text, long start) {}

  private final Reader in;
  private final int maxChars;
  private final StringBuilder pending = new StringBuilder();
  private final char[] buffer;
  private long pendingStart;
  private int scanned; // pending[0, scanned) holds no chunk boundary
  private boolean eof;

  /** @param maxChars at least 2 */
  public TextChunker(Reader in, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars " + maxChars);
    }
    this.in = in;
    this.maxChars = maxChars;
    this.buffer = new char[Math.min(maxChars, 1 << 14)];
  }

  /** The next chunk, or null at the end of the input. */
  public Chunk next() throws IOException {
    while (true) {
      int cut = boundary();
      if (cut > 0) {
        return take(cut);
      }
      if (pending.length() >= maxChars) {
        return take(forcedCut());
      }
      if (eof) {
        return pending.length() == 0 ? null : take(pending.length());
      }
      int n = in.read(buffer, 0, Math.min(buffer.length, maxChars - pending.length()));
      if (n < 0) {
        eof = true;
      } else {
        pending.append(buffer, 0, n);
      }
    }
  }

  /** End of the first blank line within the bound, or 0. */
  private int boundary() {
    int limit = Math.min(pending.length(), maxChars);
    for (int i = Math.max(scanned, 0); i < limit; i++) {
      if (pending.charAt(i) == '\n') {
        int j = i + 1;
        while (j < limit && (pending.charAt(j) == ' ' || pending.charAt(j) == '\t' || pending.charAt(j) == '\r')) {
          j++;
        }
        if (j < limit && pending.charAt(j) == '\n') {
          return j + 1;
        }
        if (j >= limit && !eof && limit < maxChars) {
          scanned = i; // the blank line may complete with more input
          return 0;
        }
      }
    }
    scanned = limit;
    return 0;
  }

  private int forcedCut() {
    for (int i = maxChars - 1; i > 0; i--) {
      if (pending.charAt(i - 1) == '\n') {
        return i;
      }
    }
    for (int i = maxChars - 1; i > 0; i--) {
      if (Character.isWhitespace(pending.charAt(i - 1))) {
        return i;
      }
    }
    int cut = maxChars;
    if (Character.isHighSurrogate(pending.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  private Chunk take(int length) {
    Chunk c = new Chunk(pending.substring(0, length), pendingStart);
    pending.delete(0, length);
    pendingStart += length;
    scanned = 0;
    return c;
  }
}

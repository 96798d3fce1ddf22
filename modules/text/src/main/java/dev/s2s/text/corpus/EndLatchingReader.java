package dev.s2s.text.corpus;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that, once its source has reported the end of input, keeps returning -1 without
 * calling the source again. Needed around {@code TextFiles.open} readers for consumers (such as
 * Commons CSV) that read again after the end: the strict UTF-8 decoder in s2s-common fails when
 * called after it has finished.
 */
final class EndLatchingReader extends FilterReader {
  private boolean ended;

  EndLatchingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    if (ended) {
      return -1;
    }
    int c = super.read();
    ended = c < 0;
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (ended) {
      return -1;
    }
    int n = super.read(buf, off, len);
    ended = n < 0;
    return n;
  }
}

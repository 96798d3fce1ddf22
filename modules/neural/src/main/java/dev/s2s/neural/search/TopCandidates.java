package dev.s2s.neural.search;

import dev.s2s.neural.nn.RowMath;
import java.util.Arrays;

/**
 * The best extensions of one beam-search sentence's live hypotheses ({@link BeamSearch} asks for
 * 2K of the K x V). A min-heap keeps the best seen; once it is full, a candidate must beat its
 * minimum, and a vectorised scan ({@link RowMath#firstAbove}) skips the log-probabilities below
 * that bound, which are most of them. Reused from sentence to sentence; not thread-safe.
 */
final class TopCandidates {
  private final int size;
  private final long[] ids;
  private final double[] sc;
  private final RowMath math = RowMath.get();

  TopCandidates(int size) {
    this.size = size;
    this.ids = new long[size];
    this.sc = new double[size];
  }

  /**
   * @param lp step log-probabilities, row-major [rows, v]
   * @param firstRow the sentence's first row in lp
   * @param rowLogProb log-probability of the hypothesis in each of the sentence's rows (NaN: no
   *     hypothesis, the row is skipped)
   * @return the best min(size, candidates) extensions encoded row*v + token, by descending
   *     log-probability (ties: smaller code first); unused entries -1
   */
  long[] of(float[] lp, int firstRow, double[] rowLogProb, int v) {
    int count = 0; // min-heap on sc over [0, count)
    for (int j = 0; j < rowLogProb.length; j++) {
      int row = firstRow + j;
      double logProb = rowLogProb[j];
      if (Double.isNaN(logProb)) {
        continue;
      }
      int base = row * v;
      int tok = 0;
      for (; tok < v && count < size; tok++) {
        ids[count] = (long) row * v + tok;
        sc[count] = logProb + lp[base + tok];
        siftUp(ids, sc, count++);
      }
      while (tok < v) {
        // a float bound a little below the exact one, so the scan never drops a candidate that
        // the exact double comparison would keep
        float bound = Math.nextDown(Math.nextDown((float) (sc[0] - logProb)));
        tok = math.firstAbove(lp, base + tok, base + v, bound) - base;
        if (tok >= v) {
          break;
        }
        double c = logProb + lp[base + tok];
        if (c > sc[0]) {
          ids[0] = (long) row * v + tok;
          sc[0] = c;
          siftDown(ids, sc, count);
        }
        tok++;
      }
    }
    return sorted(count);
  }

  private long[] sorted(int count) {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    // descending score; ties broken by smaller id (lower row, then lower token) for determinism
    Arrays.sort(order, (a, c) -> sc[a] != sc[c] ? Double.compare(sc[c], sc[a]) : Long.compare(ids[a], ids[c]));
    long[] out = new long[size];
    Arrays.fill(out, -1);
    for (int i = 0; i < count; i++) {
      out[i] = ids[order[i]];
    }
    return out;
  }

  private static boolean less(long[] ids, double[] sc, int a, int b) {
    return sc[a] < sc[b] || (sc[a] == sc[b] && ids[a] > ids[b]);
  }

  private static void siftUp(long[] ids, double[] sc, int i) {
    while (i > 0) {
      int p = (i - 1) / 2;
      if (!less(ids, sc, i, p)) {
        return;
      }
      swap(ids, sc, i, p);
      i = p;
    }
  }

  private static void siftDown(long[] ids, double[] sc, int n) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < n && less(ids, sc, l, m)) {
        m = l;
      }
      if (r < n && less(ids, sc, r, m)) {
        m = r;
      }
      if (m == i) {
        return;
      }
      swap(ids, sc, i, m);
      i = m;
    }
  }

  private static void swap(long[] ids, double[] sc, int a, int b) {
    long ti = ids[a];
    ids[a] = ids[b];
    ids[b] = ti;
    double ts = sc[a];
    sc[a] = sc[b];
    sc[b] = ts;
  }
}

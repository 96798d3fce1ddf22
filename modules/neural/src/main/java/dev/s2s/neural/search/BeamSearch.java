package dev.s2s.neural.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import dev.s2s.neural.nn.FloatBlock;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Batched beam search with beam size K over B sentences (B*K state rows). At each step the 2K best
 * extensions of a sentence's live hypotheses (by raw log-probability) are considered in order
 * (as in fairseq): an extension ending in {@code eos} among the K best is finished (ranked by its
 * length-normalised score), other extensions continue until K live hypotheses are kept. A sentence stops once it has K finished hypotheses
 * or reaches its maximum number of steps (then its live hypotheses are returned as unfinished).
 * With K = 1 this reduces exactly to greedy search.
 */
public final class BeamSearch {
  private BeamSearch() {}

  private static final class Hyp {
    final int[] tokens;
    final double logProb;

    Hyp(int[] tokens, double logProb) {
      this.tokens = tokens;
      this.logProb = logProb;
    }
  }

  /**
   * @param state initial state with one row per sentence
   * @return per sentence up to cfg.nBest() hypotheses, best first
   */
  public static <S> List<List<Hypothesis>> search(StepDecoder<S> dec, S state, int[] maxLengths, int bos, int eos,
      SearchConfig cfg) {
    int b = maxLengths.length;
    int k = cfg.beamSize();
    int v = dec.vocabSize();
    int[] expand = new int[b * k];
    for (int i = 0; i < expand.length; i++) {
      expand[i] = i / k;
    }
    state = dec.select(state, expand);
    Hyp[] live = new Hyp[b * k];
    for (int s = 0; s < b; s++) {
      live[s * k] = new Hyp(new int[0], 0);
    }
    List<List<Hypothesis>> finished = new ArrayList<>();
    boolean[] done = new boolean[b];
    for (int s = 0; s < b; s++) {
      finished.add(new ArrayList<>());
    }
    int[] prev = new int[b * k];
    Arrays.fill(prev, bos);
    int remaining = b;
    ScoreBuffer scores = new ScoreBuffer();
    for (int t = 0; remaining > 0; t++) {
      double[] lp = scores.rowMajor(dec.step(state, prev));
      int[] rows = new int[b * k];
      Hyp[] nextLive = new Hyp[b * k];
      int[] nextPrev = new int[b * k];
      for (int s = 0; s < b; s++) {
        for (int j = 0; j < k; j++) {
          rows[s * k + j] = s * k; // harmless filler for empty slots
        }
        if (done[s]) {
          continue;
        }
        long[] cand = topCandidates(lp, live, s, k, v);
        int kept = 0;
        for (int rank = 0; rank < cand.length; rank++) {
          long c = cand[rank];
          if (c < 0) {
            break;
          }
          int row = (int) (c / v);
          int tok = (int) (c % v);
          Hyp h = live[row];
          double logP = h.logProb + lp[row * v + tok];
          if (tok == eos) {
            if (rank >= k) {
              continue; // only end markers among the K best extensions finish a hypothesis
            }
            finished.get(s).add(new Hypothesis(h.tokens, logP,
                cfg.lengthPenalty().apply(logP, h.tokens.length + 1, cfg.alpha()), true));
            if (finished.get(s).size() >= k) {
              break;
            }
          } else if (kept < k) {
            int[] toks = Arrays.copyOf(h.tokens, h.tokens.length + 1);
            toks[h.tokens.length] = tok;
            nextLive[s * k + kept] = new Hyp(toks, logP);
            rows[s * k + kept] = row;
            nextPrev[s * k + kept] = tok;
            kept++;
          }
          if (kept == k && finished.get(s).size() >= k) {
            break;
          }
        }
        boolean atMax = t + 1 >= maxLengths[s];
        if (finished.get(s).size() >= k || kept == 0 || atMax) {
          if (finished.get(s).size() < k || finished.get(s).isEmpty()) {
            for (int j = 0; j < kept; j++) {
              Hyp h = nextLive[s * k + j];
              if (atMax || finished.get(s).isEmpty()) {
                finished.get(s).add(new Hypothesis(h.tokens, h.logProb,
                    cfg.lengthPenalty().apply(h.logProb, h.tokens.length, cfg.alpha()), false));
              }
            }
          }
          done[s] = true;
          remaining--;
          for (int j = 0; j < k; j++) {
            nextLive[s * k + j] = null;
          }
        }
      }
      live = nextLive;
      prev = nextPrev;
      if (remaining > 0) {
        state = dec.select(state, rows);
      }
    }
    List<List<Hypothesis>> result = new ArrayList<>();
    for (List<Hypothesis> f : finished) {
      List<Hypothesis> sorted = new ArrayList<>(f);
      sorted.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
      result.add(sorted.subList(0, Math.min(cfg.nBest(), sorted.size())));
    }
    return result;
  }

  /** The entries of a [rows, V] score matrix in row-major order. */
  /**
   * Copies step scores [rows, vocab] into a row-major double array that is reused from step to step
   * (a fresh 2.5 MB array per step at batch 64, beam 5, V = 1,000 cost 7% of beam search in zero
   * filling alone).
   */
  private static final class ScoreBuffer {
    private float[] floats = new float[0];
    private double[] values = new double[0];

    double[] rowMajor(INDArray scores) {
      int n = Math.toIntExact(scores.length());
      if (values.length != n) {
        values = new double[n];
      }
      if (FloatBlock.fits(scores)) {
        FloatBlock block = FloatBlock.of(scores);
        int v = block.cols();
        if (floats.length != n) {
          floats = new float[n];
        }
        for (int r = 0; r < block.rows(); r++) {
          block.readRow(r, 0, floats, r * v, v);
        }
        for (int i = 0; i < n; i++) {
          values[i] = floats[i];
        }
        return values;
      }
      double[] d = scores.castTo(DataType.DOUBLE).dup('c').data().asDouble();
      System.arraycopy(d, 0, values, 0, n);
      return values;
    }
  }

  /**
   * Best min(2K, candidates) extensions of sentence s's live hypotheses, encoded row*V + token,
   * sorted by descending log-probability; unused entries are -1.
   */
  private static long[] topCandidates(double[] lp, Hyp[] live, int s, int k, int v) {
    int size = 2 * k;
    long[] ids = new long[size];
    double[] sc = new double[size];
    Arrays.fill(ids, -1);
    Arrays.fill(sc, Double.NEGATIVE_INFINITY);
    int count = 0; // min-heap on sc over [0, count)
    for (int j = 0; j < k; j++) {
      int row = s * k + j;
      Hyp h = live[row];
      if (h == null) {
        continue;
      }
      int base = row * v;
      for (int tok = 0; tok < v; tok++) {
        double c = h.logProb + lp[base + tok];
        if (count < size) {
          ids[count] = (long) row * v + tok;
          sc[count] = c;
          siftUp(ids, sc, count++);
        } else if (c > sc[0]) {
          ids[0] = (long) row * v + tok;
          sc[0] = c;
          siftDown(ids, sc, count);
        }
      }
    }
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

package dev.s2s.neural.search;

import dev.s2s.neural.nn.ScoreRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Batched beam search with beam size K over B sentences. At each step the 2K best extensions of a
 * sentence's live hypotheses (by raw log-probability) are considered in order (as in fairseq): an
 * extension ending in {@code eos} among the K best is finished (ranked by its length-normalised
 * score), other extensions continue until K live hypotheses are kept. A sentence stops once it has
 * K finished hypotheses or reaches its maximum number of steps (then its live hypotheses are
 * returned as unfinished). With K = 1 this reduces exactly to greedy search.
 *
 * <p>State rows: the first step runs one row per sentence (all K beams would start from the same
 * state), later steps K rows per sentence still searching; the rows of a sentence that has stopped
 * are dropped from the state at once (as OpenNMT and Joey NMT do), so a batch costs what its
 * unfinished sentences cost.
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
    return new Run<>(dec, maxLengths, eos, cfg).search(state, bos);
  }

  /** One search: the sentences still searching, in state-row order, and what each has found. */
  private static final class Run<S> {
    private final StepDecoder<S> dec;
    private final int[] maxLengths;
    private final int eos;
    private final SearchConfig cfg;
    private final int k;
    private final int v;
    private final List<List<Hypothesis>> finished = new ArrayList<>();
    private final TopCandidates top;
    /** Sentence ids owning the state's row blocks, in row order. */
    private int[] active;
    /** State rows per active sentence: 1 before the first step, then K. */
    private int width = 1;
    /** Hypothesis of each state row (null: a filler row). */
    private Hyp[] live;
    /** Next step's rows, taken from this step's state, with their hypotheses and last tokens. */
    private int[] nextRows;
    private Hyp[] nextLive;
    private int[] nextPrev;
    private int nextCount;

    Run(StepDecoder<S> dec, int[] maxLengths, int eos, SearchConfig cfg) {
      this.dec = dec;
      this.maxLengths = maxLengths;
      this.eos = eos;
      this.cfg = cfg;
      this.k = cfg.beamSize();
      this.v = dec.vocabSize();
      this.top = new TopCandidates(2 * k);
      int b = maxLengths.length;
      active = new int[b];
      live = new Hyp[b];
      for (int s = 0; s < b; s++) {
        active[s] = s;
        live[s] = new Hyp(new int[0], 0);
        finished.add(new ArrayList<>());
      }
    }

    List<List<Hypothesis>> search(S state, int bos) {
      int[] prev = new int[active.length];
      Arrays.fill(prev, bos);
      ScoreRows scores = new ScoreRows();
      for (int t = 0; active.length > 0; t++) {
        dec.step(state, prev, scores);
        float[] lp = scores.values();
        int stillActive = 0;
        int[] nextActive = new int[active.length];
        nextRows = new int[active.length * k];
        nextLive = new Hyp[active.length * k];
        nextPrev = new int[active.length * k];
        nextCount = 0;
        double[] rowLogProb = new double[width];
        for (int a = 0; a < active.length; a++) {
          if (extend(active[a], a * width, lp, rowLogProb, t)) {
            nextActive[stillActive++] = active[a];
          }
        }
        active = Arrays.copyOf(nextActive, stillActive);
        live = Arrays.copyOf(nextLive, nextCount);
        prev = Arrays.copyOf(nextPrev, nextCount);
        width = k;
        if (stillActive > 0) {
          state = dec.select(state, Arrays.copyOf(nextRows, nextCount));
        }
      }
      return results();
    }

    /**
     * Extends sentence s, whose hypotheses sit in rows [firstRow, firstRow + width) of this step;
     * returns true if it goes on searching (its K next rows appended to the next step's).
     */
    private boolean extend(int s, int firstRow, float[] lp, double[] rowLogProb, int t) {
      for (int j = 0; j < width; j++) {
        Hyp h = live[firstRow + j];
        rowLogProb[j] = h == null ? Double.NaN : h.logProb;
      }
      long[] cand = top.of(lp, firstRow, rowLogProb, v);
      List<Hypothesis> done = finished.get(s);
      int start = nextCount;
      int kept = 0;
      for (int rank = 0; rank < cand.length && cand[rank] >= 0; rank++) {
        int row = (int) (cand[rank] / v);
        int tok = (int) (cand[rank] % v);
        Hyp h = live[row];
        double logP = h.logProb + lp[row * v + tok];
        if (tok == eos) {
          if (rank >= k) {
            continue; // only end markers among the K best extensions finish a hypothesis
          }
          done.add(new Hypothesis(h.tokens, logP, cfg.lengthPenalty().apply(logP, h.tokens.length + 1, cfg.alpha()),
              true));
          if (done.size() >= k) {
            break;
          }
        } else if (kept < k) {
          int[] toks = Arrays.copyOf(h.tokens, h.tokens.length + 1);
          toks[h.tokens.length] = tok;
          nextRows[start + kept] = row;
          nextLive[start + kept] = new Hyp(toks, logP);
          nextPrev[start + kept] = tok;
          kept++;
        }
        if (kept == k && done.size() >= k) {
          break;
        }
      }
      boolean atMax = t + 1 >= maxLengths[s];
      if (done.size() >= k || kept == 0 || atMax) {
        if (done.size() < k || done.isEmpty()) {
          for (int j = 0; j < kept; j++) {
            Hyp h = nextLive[start + j];
            if (atMax || done.isEmpty()) {
              done.add(new Hypothesis(h.tokens, h.logProb, cfg.lengthPenalty().apply(h.logProb, h.tokens.length,
                  cfg.alpha()), false));
            }
          }
        }
        Arrays.fill(nextLive, start, start + kept, null);
        return false;
      }
      for (int j = kept; j < k; j++) {
        nextRows[start + j] = nextRows[start]; // a filler row without a hypothesis
      }
      nextCount = start + k;
      return true;
    }

    private List<List<Hypothesis>> results() {
      List<List<Hypothesis>> result = new ArrayList<>();
      for (List<Hypothesis> f : finished) {
        List<Hypothesis> sorted = new ArrayList<>(f);
        sorted.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
        result.add(sorted.subList(0, Math.min(cfg.nBest(), sorted.size())));
      }
      return result;
    }
  }
}

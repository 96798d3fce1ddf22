package dev.s2s.neural.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import dev.s2s.neural.nn.ScoreRows;

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
    ScoreRows scores = new ScoreRows();
    TopCandidates top = new TopCandidates(2 * k);
    double[] rowLogProb = new double[k];
    for (int t = 0; remaining > 0; t++) {
      dec.step(state, prev, scores);
      float[] lp = scores.values();
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
        for (int j = 0; j < k; j++) {
          Hyp h = live[s * k + j];
          rowLogProb[j] = h == null ? Double.NaN : h.logProb;
        }
        long[] cand = top.of(lp, s * k, rowLogProb, v);
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
}

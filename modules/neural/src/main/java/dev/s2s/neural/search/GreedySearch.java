package dev.s2s.neural.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import dev.s2s.neural.nn.ScoreRows;

/**
 * Batched greedy decoding: each row takes the arg-max token until it emits {@code eos} or reaches
 * its maximum number of steps; finished rows are dropped from the state.
 */
public final class GreedySearch {
  private GreedySearch() {}

  /**
   * @param state initial state with one row per sentence
   * @param maxLengths per-sentence maximum number of steps
   */
  public static <S> List<Hypothesis> search(StepDecoder<S> dec, S state, int[] maxLengths, int bos, int eos,
      LengthPenalty lp, double alpha) {
    int n = maxLengths.length;
    List<List<Integer>> out = new ArrayList<>();
    double[] logProb = new double[n];
    boolean[] finished = new boolean[n];
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    int[] active = new int[n]; // active row r -> sentence
    for (int i = 0; i < n; i++) {
      active[i] = i;
    }
    int[] prev = new int[n];
    Arrays.fill(prev, bos);
    ScoreRows scores = new ScoreRows();
    for (int t = 0; active.length > 0; t++) {
      dec.step(state, prev, scores);
      RowArgMax best = RowArgMax.of(scores);
      List<Integer> keepRows = new ArrayList<>();
      for (int r = 0; r < active.length; r++) {
        int s = active[r];
        int tok = best.index()[r];
        logProb[s] += best.value()[r];
        if (tok == eos) {
          finished[s] = true;
        } else {
          out.get(s).add(tok);
          if (t + 1 < maxLengths[s]) {
            keepRows.add(r);
          }
        }
      }
      if (keepRows.size() == active.length) {
        for (int r = 0; r < active.length; r++) {
          prev[r] = best.index()[r];
        }
        continue;
      }
      int[] rows = keepRows.stream().mapToInt(Integer::intValue).toArray();
      int[] nextActive = new int[rows.length];
      int[] nextPrev = new int[rows.length];
      for (int j = 0; j < rows.length; j++) {
        nextActive[j] = active[rows[j]];
        nextPrev[j] = best.index()[rows[j]];
      }
      active = nextActive;
      prev = nextPrev;
      if (rows.length > 0) {
        state = dec.select(state, rows);
      }
    }
    List<Hypothesis> hs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] toks = out.get(i).stream().mapToInt(Integer::intValue).toArray();
      int len = toks.length + (finished[i] ? 1 : 0);
      hs.add(new Hypothesis(toks, logProb[i], lp.apply(logProb[i], len, alpha), finished[i]));
    }
    return hs;
  }
}

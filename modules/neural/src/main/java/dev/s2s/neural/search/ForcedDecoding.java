package dev.s2s.neural.search;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Scores given target sentences (teacher forcing through the step interface). */
public final class ForcedDecoding {
  private ForcedDecoding() {}

  /**
   * Natural-log probability of each target followed by {@code eos}.
   *
   * @param state initial state, one row per target
   * @param targets target ids without BOS/EOS
   */
  public static <S> double[] score(StepDecoder<S> dec, S state, List<int[]> targets, int bos, int eos) {
    int n = targets.size();
    int steps = 0;
    for (int[] t : targets) {
      steps = Math.max(steps, t.length + 1);
    }
    double[] logProb = new double[n];
    int[] prev = new int[n];
    java.util.Arrays.fill(prev, bos);
    for (int t = 0; t < steps; t++) {
      INDArray lp = dec.step(state, prev);
      for (int i = 0; i < n; i++) {
        int[] y = targets.get(i);
        if (t <= y.length) {
          int tok = t == y.length ? eos : y[t];
          logProb[i] += lp.getDouble(i, tok);
          prev[i] = tok;
        } else {
          prev[i] = eos; // finished rows keep stepping; their scores are not used
        }
      }
    }
    return logProb;
  }
}

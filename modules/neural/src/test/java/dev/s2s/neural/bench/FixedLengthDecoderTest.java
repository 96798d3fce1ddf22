package dev.s2s.neural.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.search.GreedySearch;
import dev.s2s.neural.search.Hypothesis;
import dev.s2s.neural.search.LengthPenalty;
import dev.s2s.neural.search.StepDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FixedLengthDecoderTest {
  private static final int EOS = 2;
  // vocabulary of 6: p(EOS) = 0.7 beats p(5) = 0.2; the rest share 0.1
  private static final double[] PROBS = {0.025, 0.025, 0.7, 0.025, 0.025, 0.2};

  /** Same distribution at every step for every row; the state counts the steps. */
  private static final class ConstantDecoder implements StepDecoder<int[]> {
    @Override
    public int vocabSize() {
      return PROBS.length;
    }

    @Override
    public INDArray step(int[] steps, int[] prev) {
      steps[0]++;
      double[][] lp = new double[prev.length][PROBS.length];
      for (double[] row : lp) {
        for (int v = 0; v < PROBS.length; v++) {
          row[v] = Math.log(PROBS[v]);
        }
      }
      return Nd4j.create(lp);
    }

    @Override
    public int[] select(int[] steps, int[] rows) {
      return steps;
    }
  }

  @Test
  void greedyWithoutTheWrapperStopsAtOnceOnEos() {
    int[] steps = {0};
    List<Hypothesis> h = GreedySearch.search(new ConstantDecoder(), steps, new int[] {4}, 1, EOS, LengthPenalty.NONE, 0);
    assertEquals(1, steps[0]);
    assertTrue(h.get(0).finished());
    assertArrayEquals(new int[0], h.get(0).tokens());
  }

  @Test
  void greedyRunsExactlyMaxLengthStepsWhenEosIsBanned() {
    int[] steps = {0};
    StepDecoder<int[]> fixed = new FixedLengthDecoder<>(new ConstantDecoder(), EOS);
    List<Hypothesis> h = GreedySearch.search(fixed, steps, new int[] {4, 4}, 1, EOS, LengthPenalty.NONE, 0);
    assertEquals(4, steps[0]);
    for (Hypothesis hyp : h) {
      assertFalse(hyp.finished());
      assertArrayEquals(new int[] {5, 5, 5, 5}, hyp.tokens()); // the runner-up token every step
      assertEquals(4 * Math.log(0.2), hyp.logProb(), 1e-5); // 4 steps at p = 0.2 (float32 rounding)
    }
  }
}

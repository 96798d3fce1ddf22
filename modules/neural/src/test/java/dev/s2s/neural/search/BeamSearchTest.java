package dev.s2s.neural.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class BeamSearchTest {
  /**
   * Search reads each step's log-probabilities as floats (ScoreRows), also from this double stub,
   * and sums them in double: hand-derived double scores hold to float precision.
   */
  static final double SCORE_TOL = 1e-6;

  private static final SearchConfig K2 = new SearchConfig(2, 2, LengthPenalty.NONE, 0, 0, 10);

  @Test
  void beamBeatsGreedyOnConstructedExample() {
    StubDecoder d = new StubDecoder(false);
    Hypothesis g = GreedySearch.search(d, StubDecoder.initial(1), new int[] {10}, StubDecoder.BOS, StubDecoder.EOS,
        LengthPenalty.NONE, 0).get(0);
    // greedy: a (.59), a (.4), EOS (.97)
    assertArrayEquals(new int[] {1, 1}, g.tokens());
    assertEquals(Math.log(.59 * .4 * .97), g.logProb(), SCORE_TOL);
    List<Hypothesis> nb = BeamSearch.search(d, StubDecoder.initial(1), new int[] {10}, StubDecoder.BOS,
        StubDecoder.EOS, K2).get(0);
    // beam 2, step 1: live a (.59), b (.39); EOS ranks 3rd and is not taken.
    // step 2: b EOS = .351 (rank 1, finished), a a = .236, a b = .177 live, a EOS = .1711 ranks 4th.
    // step 3: a a EOS = .229 and a b EOS = .172 finish -> 3 finished >= K; best b (.351), then a a.
    assertArrayEquals(new int[] {2}, nb.get(0).tokens());
    assertEquals(Math.log(.39 * .9), nb.get(0).logProb(), SCORE_TOL);
    assertArrayEquals(new int[] {1, 1}, nb.get(1).tokens());
    assertEquals(Math.log(.59 * .4 * .97), nb.get(1).logProb(), SCORE_TOL);
    assertTrue(nb.get(0).finished());
    assertTrue(nb.get(0).logProb() > g.logProb());
  }

  @Test
  void theFirstStepRunsOneRowPerSentenceAndStoppedSentencesLeaveTheState() {
    // max lengths 1, 10, 2: sentence 0 stops after step 0, sentence 2 after step 1, sentence 1 (as
    // in beamBeatsGreedyOnConstructedExample) after step 2 -> rows 3 (one each), 2 + 2, then 2
    List<Integer> rowsPerStep = new java.util.ArrayList<>();
    StubDecoder stub = new StubDecoder(false);
    StepDecoder<List<List<Integer>>> counting = new StepDecoder<>() {
      @Override
      public int vocabSize() {
        return stub.vocabSize();
      }

      @Override
      public org.nd4j.linalg.api.ndarray.INDArray step(List<List<Integer>> state, int[] prev) {
        rowsPerStep.add(state.size());
        return stub.step(state, prev);
      }

      @Override
      public List<List<Integer>> select(List<List<Integer>> state, int[] rows) {
        return stub.select(state, rows);
      }
    };
    int[] max = {1, 10, 2};
    List<List<Hypothesis>> all = BeamSearch.search(counting, StubDecoder.initial(3), max, StubDecoder.BOS,
        StubDecoder.EOS, K2);
    assertEquals(List.of(3, 4, 2), rowsPerStep);
    for (int s = 0; s < 3; s++) {
      List<Hypothesis> alone = BeamSearch.search(new StubDecoder(false), StubDecoder.initial(1), new int[] {max[s]},
          StubDecoder.BOS, StubDecoder.EOS, K2).get(0);
      assertEquals(alone.size(), all.get(s).size(), "sentence " + s);
      for (int i = 0; i < alone.size(); i++) {
        assertArrayEquals(alone.get(i).tokens(), all.get(s).get(i).tokens(), "sentence " + s + " hypothesis " + i);
        assertEquals(alone.get(i).logProb(), all.get(s).get(i).logProb(), 0.0);
      }
    }
    // sentence 0, cut after one step: its two live hypotheses a (.59) and b (.39), unfinished
    assertArrayEquals(new int[] {1}, all.get(0).get(0).tokens());
    assertFalse(all.get(0).get(0).finished());
    assertArrayEquals(new int[] {2}, all.get(1).get(0).tokens());
  }

  @Test
  void floatScoresGiveTheSameBeamAsDoubleOnes() {
    for (int rows : new int[] {1, 3}) {
      int[] max = new int[rows];
      java.util.Arrays.fill(max, 10);
      List<List<Hypothesis>> fromDouble = BeamSearch.search(new StubDecoder(false), StubDecoder.initial(rows), max,
          StubDecoder.BOS, StubDecoder.EOS, K2);
      List<List<Hypothesis>> fromFloat = BeamSearch.search(new StubDecoder(false, org.nd4j.linalg.api.buffer.DataType.FLOAT),
          StubDecoder.initial(rows), max, StubDecoder.BOS, StubDecoder.EOS, K2);
      for (int s = 0; s < rows; s++) {
        assertEquals(2, fromFloat.get(s).size());
        for (int i = 0; i < 2; i++) {
          assertArrayEquals(fromDouble.get(s).get(i).tokens(), fromFloat.get(s).get(i).tokens());
          // the same sums of float-rounded logarithms
          assertEquals(fromDouble.get(s).get(i).logProb(), fromFloat.get(s).get(i).logProb(), 1e-6);
        }
      }
    }
  }

  @Test
  void beamOfOneEqualsGreedyAndBatchesSentences() {
    StubDecoder d = new StubDecoder(false);
    SearchConfig k1 = new SearchConfig(1, 1, LengthPenalty.NONE, 0, 0, 10);
    List<List<Hypothesis>> b = BeamSearch.search(d, StubDecoder.initial(2), new int[] {10, 1}, StubDecoder.BOS, StubDecoder.EOS, k1);
    List<Hypothesis> g = GreedySearch.search(d, StubDecoder.initial(2), new int[] {10, 1}, StubDecoder.BOS, StubDecoder.EOS,
        LengthPenalty.NONE, 0);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(g.get(i).tokens(), b.get(i).get(0).tokens());
      assertEquals(g.get(i).logProb(), b.get(i).get(0).logProb(), 1e-12);
      assertEquals(g.get(i).finished(), b.get(i).get(0).finished());
    }
    // sentence 1 has max length 1: it stops after "a", unfinished, log .59
    assertArrayEquals(new int[] {1}, g.get(1).tokens());
    assertFalse(g.get(1).finished());
    assertEquals(Math.log(.59), g.get(1).logProb(), SCORE_TOL);
  }

  @Test
  void maxLengthStopsNeverEndingModel() {
    StubDecoder d = new StubDecoder(true);
    List<Hypothesis> nb = BeamSearch.search(d, StubDecoder.initial(1), new int[] {3}, StubDecoder.BOS, StubDecoder.EOS, K2).get(0);
    assertArrayEquals(new int[] {1, 1, 1}, nb.get(0).tokens());
    assertFalse(nb.get(0).finished());
    assertEquals(3 * Math.log(.97), nb.get(0).logProb(), SCORE_TOL);
  }

  @Test
  void forcedDecodingScoresGivenTargets() {
    StubDecoder d = new StubDecoder(false);
    double[] s = ForcedDecoding.score(d, StubDecoder.initial(2), List.of(new int[] {2}, new int[] {1, 1}),
        StubDecoder.BOS, StubDecoder.EOS);
    assertEquals(Math.log(.39 * .9), s[0], 1e-12);
    assertEquals(Math.log(.59 * .4 * .97), s[1], 1e-12);
  }

  @Test
  void lengthPenalties() {
    // GNMT: len 4 -> ((5 + 4) / 6)^1 = 1.5 ; LENGTH with alpha 1: plain division
    assertEquals(-2.0, LengthPenalty.GNMT.apply(-3.0, 4, 1.0), 1e-12);
    assertEquals(-0.75, LengthPenalty.LENGTH.apply(-3.0, 4, 1.0), 1e-12);
    assertEquals(-3.0, LengthPenalty.NONE.apply(-3.0, 4, 1.0), 0);
    assertEquals(12, new SearchConfig(1, 1, LengthPenalty.NONE, 0, 1.5, 2).maxLength(7)); // floor(1.5 * 7 = 10.5) + 2
  }
}

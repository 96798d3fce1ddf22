package dev.s2s.neural.search;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hand-constructed decoder over tokens {0 = EOS, 1 = a, 2 = b, 3 = BOS}; the state is each row's
 * history. Probabilities (chosen so greedy is not optimal):
 * p(.|) = (.01, .59, .39, .01); p(.|a) = (.29, .4, .3, .01); p(.|b) = (.9, .05, .04, .01);
 * after anything longer (.97, .01, .01, .01); with {@code neverEnd} always (1e-6, .97, .02, .01 - 1e-6).
 */
final class StubDecoder implements StepDecoder<List<List<Integer>>> {
  static final int EOS = 0;
  static final int A = 1;
  static final int B = 2;
  static final int BOS = 3;
  private final boolean neverEnd;
  private final DataType dataType;

  StubDecoder(boolean neverEnd) {
    this(neverEnd, DataType.DOUBLE);
  }

  /** @param dataType type of the log-probability arrays {@link #step} returns */
  StubDecoder(boolean neverEnd, DataType dataType) {
    this.neverEnd = neverEnd;
    this.dataType = dataType;
  }

  static List<List<Integer>> initial(int rows) {
    List<List<Integer>> s = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      s.add(new ArrayList<>());
    }
    return s;
  }

  double[] dist(List<Integer> h) {
    if (neverEnd) {
      return new double[] {1e-6, .97, .02, .01 - 1e-6};
    }
    if (h.isEmpty()) {
      return new double[] {.01, .59, .39, .01};
    }
    if (h.size() == 1) {
      return h.get(0) == A ? new double[] {.29, .4, .3, .01} : new double[] {.9, .05, .04, .01};
    }
    return new double[] {.97, .01, .01, .01};
  }

  @Override
  public int vocabSize() {
    return 4;
  }

  @Override
  public INDArray step(List<List<Integer>> state, int[] prev) {
    INDArray lp = Nd4j.zeros(dataType, state.size(), 4);
    for (int r = 0; r < state.size(); r++) {
      if (prev[r] != BOS) {
        state.get(r).add(prev[r]);
      }
      double[] d = dist(state.get(r));
      for (int v = 0; v < 4; v++) {
        lp.putScalar(r, v, Math.log(d[v]));
      }
    }
    return lp;
  }

  @Override
  public List<List<Integer>> select(List<List<Integer>> state, int[] rows) {
    List<List<Integer>> s = new ArrayList<>();
    for (int r : rows) {
      s.add(new ArrayList<>(state.get(r)));
    }
    return s;
  }
}

package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Param;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Small helpers shared by the recurrent tests. */
final class RnnTestSupport {
  private RnnTestSupport() {}

  /** Prefix mask [time, batch] for the given lengths. */
  static INDArray mask(int steps, int... lengths) {
    INDArray m = Nd4j.zeros(DataType.DOUBLE, steps, lengths.length);
    for (int b = 0; b < lengths.length; b++) {
      for (int t = 0; t < lengths[b]; t++) {
        m.putScalar(t, b, 1.0);
      }
    }
    return m;
  }

  /** Random DOUBLE tensor with a fixed seed, values in [-1, 1). */
  static INDArray rand(long seed, long... shape) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.rand(DataType.DOUBLE, shape).muli(2).subi(1);
  }

  /** Copies an input gradient into a wrapper param's grad so GradientCheck can test it. */
  static void setGrad(Param p, INDArray g) {
    p.grad().assign(g);
  }
}

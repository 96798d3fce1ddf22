package dev.s2s.neural.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Test arrays drawn from a seeded {@link SplittableRandom} rather than ND4J's global generator, whose
 * state depends on which test classes ran before: a gradient check's values then stay the same
 * whatever the order of the test classes.
 */
public final class SeededArrays {
  private SeededArrays() {}

  /** Row-major array of {@code shape}, values uniform in [lo, hi). */
  public static INDArray uniform(long seed, DataType dataType, double lo, double hi, long... shape) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] v = new double[Math.toIntExact(length(shape))];
    for (int i = 0; i < v.length; i++) {
      v[i] = lo + (hi - lo) * rnd.nextDouble();
    }
    return Nd4j.create(v, shape, DataType.DOUBLE).castTo(dataType);
  }

  private static long length(long[] shape) {
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    return n;
  }
}

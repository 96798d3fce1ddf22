package dev.s2s.neural.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted dropout: a mask of 0 (probability p) or 1/(1-p) drawn from an explicit
 * {@link SplittableRandom}; the caller multiplies activations and their gradients by the same
 * mask. With p = 0 there is no mask (null).
 */
public final class Dropout {
  private final double p;

  public Dropout(double p) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("dropout probability " + p + " outside [0, 1)");
    }
    this.p = p;
  }

  public double probability() {
    return p;
  }

  /** A fresh mask of the given shape, or null when p is 0 or {@code rnd} is null (evaluation). */
  public INDArray mask(DataType dataType, SplittableRandom rnd, long... shape) {
    if (p == 0 || rnd == null) {
      return null;
    }
    long n = 1;
    for (long s : shape) {
      n *= s;
    }
    float keep = (float) (1 / (1 - p));
    float[] m = new float[Math.toIntExact(n)];
    for (int i = 0; i < m.length; i++) {
      m[i] = rnd.nextDouble() < p ? 0f : keep;
    }
    return Nd4j.create(m, shape, DataType.FLOAT).castTo(dataType);
  }

  /** x * mask (a new array), or x itself when mask is null. */
  public static INDArray apply(INDArray x, INDArray mask) {
    return mask == null ? x : x.mul(mask);
  }
}

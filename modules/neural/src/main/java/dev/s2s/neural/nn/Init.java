package dev.s2s.neural.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded parameter initialisers. Values are drawn in Java from the given {@link SplittableRandom}
 * (so a seed fixes them exactly) and assigned into the target array of any shape/data type.
 */
public final class Init {
  private Init() {}

  /** Uniform in [-scale, scale]. */
  public static void uniform(INDArray target, double scale, SplittableRandom rnd) {
    double[] v = new double[(int) target.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (2 * rnd.nextDouble() - 1) * scale;
    }
    set(target, v);
  }

  /** Glorot/Xavier uniform for a [fanIn, fanOut] matrix: scale sqrt(6 / (fanIn + fanOut)). */
  public static void xavierUniform(INDArray target, SplittableRandom rnd) {
    requireMatrix(target);
    uniform(target, Math.sqrt(6.0 / (target.size(0) + target.size(1))), rnd);
  }

  /** {@code scale} times the identity; the target must be square. */
  public static void identity(INDArray target, double scale) {
    requireSquare(target);
    target.assign(Nd4j.eye(target.size(0)).castTo(target.dataType()).muli(scale));
  }

  /**
   * A random orthogonal square matrix (Gram-Schmidt on Gaussian rows, in double precision) times
   * {@code gain}.
   */
  public static void orthogonal(INDArray target, double gain, SplittableRandom rnd) {
    requireSquare(target);
    int n = (int) target.size(0);
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        q[i][j] = rnd.nextGaussian();
      }
      for (int k = 0; k < i; k++) { // modified Gram-Schmidt, twice for stability
        for (int pass = 0; pass < 2; pass++) {
          double dot = 0;
          for (int j = 0; j < n; j++) {
            dot += q[i][j] * q[k][j];
          }
          for (int j = 0; j < n; j++) {
            q[i][j] -= dot * q[k][j];
          }
        }
      }
      double norm = 0;
      for (int j = 0; j < n; j++) {
        norm += q[i][j] * q[i][j];
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < n; j++) {
        q[i][j] /= norm;
      }
    }
    double[] flat = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        flat[i * n + j] = q[i][j] * gain;
      }
    }
    set(target, flat);
  }

  private static void set(INDArray target, double[] values) {
    target.assign(Nd4j.createFromArray(values).reshape(target.shape()).castTo(target.dataType()));
  }

  private static void requireMatrix(INDArray a) {
    if (a.rank() != 2) {
      throw new IllegalArgumentException("expected a matrix, got shape " + java.util.Arrays.toString(a.shape()));
    }
  }

  private static void requireSquare(INDArray a) {
    requireMatrix(a);
    if (a.size(0) != a.size(1)) {
      throw new IllegalArgumentException("expected a square matrix, got shape " + java.util.Arrays.toString(a.shape()));
    }
  }
}

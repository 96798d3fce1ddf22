package dev.s2s.neural.nn;

import dev.s2s.common.UserException;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Checks, once per process before {@link Blas}'s first product, that the OpenBLAS kernels in use
 * compute matrix products correctly on this CPU: sgemm and dgemm of seeded [16, 100] x [100, 400]
 * operands, in all four transpose combinations, against the definition computed in Java (0.1-0.2 s
 * in a new process, most of it ND4J's and the JIT's first use; 25 ms when warm).
 *
 * <p>Why: OpenBLAS 0.3.19 (ND4J's) predates recent CPUs, and a kernel forced with {@code
 * OPENBLAS_CORETYPE} can be wrong on them. Its Cooperlake DGEMM returns wrong results on an AMD Zen
 * 5 for products with 200 or more output columns, this shape among them, while its SGEMM is right
 * (eval/results/openblas-kernels.md). A wrong kernel would otherwise train and score silently wrong
 * models.
 */
final class BlasKernelCheck {
  static final int M = 16;
  static final int K = 100;
  static final int N = 400;
  private static final long SEED = 20261129L;
  /** Allowed error relative to sum_k |a_ik b_kj|: far above rounding, far below a wrong kernel's. */
  private static final double FLOAT_TOLERANCE = 1e-4;
  private static final double DOUBLE_TOLERANCE = 1e-10;

  private static volatile boolean passed;

  private BlasKernelCheck() {}

  /** A product C = op(A) op(B) (alpha 1, beta 0) as the kernel under test computes it. */
  interface Product {
    void gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c);
  }

  /**
   * Runs the check the first time it is called (later calls return at once).
   *
   * @throws UserException naming the product that came out wrong and how to choose other kernels
   */
  static void ensurePassed(Product kernel) {
    if (passed) {
      return;
    }
    synchronized (BlasKernelCheck.class) {
      if (!passed) {
        String wrong = firstWrongProduct(kernel);
        if (wrong != null) {
          throw new UserException(message(wrong, System.getenv("OPENBLAS_CORETYPE")));
        }
        passed = true;
      }
    }
  }

  /** The error for a wrong product under the kernels {@code coretype} forces (null or blank: OpenBLAS's choice). */
  static String message(String wrong, String coretype) {
    return "OpenBLAS computes wrong matrix products on this CPU with its kernels "
        + (coretype == null || coretype.isBlank() ? "of its own choice" : "OPENBLAS_CORETYPE=" + coretype) + ": " + wrong
        + "; run with other kernels, e.g. OPENBLAS_CORETYPE=Haswell (AVX2)";
  }

  /** The first product of the check that {@code kernel} gets wrong, described, or null if all are right. */
  static String firstWrongProduct(Product kernel) {
    for (DataType dt : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
      SplittableRandom rnd = new SplittableRandom(SEED);
      for (boolean ta : new boolean[] {false, true}) {
        for (boolean tb : new boolean[] {false, true}) {
          double[] a = uniform(M * K, rnd); // stored [K, M] when ta, else [M, K]
          double[] b = uniform(K * N, rnd); // stored [N, K] when tb, else [K, N]
          INDArray c = Nd4j.zeros(dt, M, N);
          kernel.gemm(array(a, dt, ta ? K : M, ta ? M : K), ta, array(b, dt, tb ? N : K, tb ? K : N), tb, c);
          String wrong = compare(a, ta, b, tb, c.data().asDouble(), dt == DataType.FLOAT ? FLOAT_TOLERANCE : DOUBLE_TOLERANCE);
          if (wrong != null) {
            return (dt == DataType.FLOAT ? "sgemm" : "dgemm") + " [" + M + ", " + K + "]" + (ta ? "^T" : "")
                + " x [" + K + ", " + N + "]" + (tb ? "^T" : "") + " " + wrong;
          }
        }
      }
    }
    return null;
  }

  /** Where C (row-major) differs from op(A) op(B) by more than {@code tolerance} relative to sum |a||b|, or null. */
  private static String compare(double[] a, boolean ta, double[] b, boolean tb, double[] c, double tolerance) {
    for (int i = 0; i < M; i++) {
      for (int j = 0; j < N; j++) {
        double sum = 0;
        double scale = 0;
        for (int k = 0; k < K; k++) {
          double x = ta ? a[k * M + i] : a[i * K + k];
          double y = tb ? b[j * K + k] : b[k * N + j];
          sum += x * y;
          scale += Math.abs(x * y);
        }
        double got = c[i * N + j];
        if (!(Math.abs(got - sum) <= tolerance * scale)) {
          return String.format(Locale.ROOT, "is %.6g at [%d, %d] where the definition gives %.6g", got, i, j, sum);
        }
      }
    }
    return null;
  }

  /** Values in [-1, 1) that floats hold exactly, so both types multiply the same numbers. */
  private static double[] uniform(int n, SplittableRandom rnd) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) rnd.nextDouble(-1, 1);
    }
    return v;
  }

  private static INDArray array(double[] values, DataType dt, int rows, int cols) {
    return Nd4j.create(values, new long[] {rows, cols}, DataType.DOUBLE).castTo(dt);
  }
}

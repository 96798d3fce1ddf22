package dev.s2s.neural.nn;

/**
 * Element-wise exp, sigmoid, tanh, log-sum-exp and a threshold scan over ranges {@code [from, from + len)} of float
 * arrays, for the fused loops of the recurrent cells and the softmax layers.
 *
 * <p>{@link #get()} picks, once per process, the {@link VectorRowMath SIMD implementation} (the
 * JDK's vector API) when the JVM was started with {@code --add-modules jdk.incubator.vector} (the
 * launcher, the tests and the bench script do so), and the {@link ScalarRowMath scalar one}
 * ({@link Activations}) otherwise; the system property {@code s2s.simd=false} forces the scalar
 * one. Every result depends only on the input, never on how far the JIT compiler has got, so a
 * run is repeatable and a resumed run continues exactly. exp, sigmoid and tanh are bit-identical
 * in both; logSumExp adds its terms in another order in each (a few units in the last place).
 */
public interface RowMath {
  /** a[i] = exp(a[i]). */
  void exp(float[] a, int from, int len);

  /** a[i] = 1 / (1 + exp(-a[i])). */
  void sigmoid(float[] a, int from, int len);

  /** a[i] = tanh(a[i]). */
  void tanh(float[] a, int from, int len);

  /**
   * log sum_i exp(a[i]) over the range, computed as max + log sum exp(a[i] - max); -infinity for
   * a range of -infinity values. The array is not changed.
   */
  float logSumExp(float[] a, int from, int len);

  /**
   * The first index i in [from, to) with a[i] > threshold, or {@code to} when there is none (NaN
   * never qualifies). Beam search uses it to skip the candidates that cannot enter its top-k.
   */
  int firstAbove(float[] a, int from, int to, float threshold);

  /** A short description for reports, e.g. "vector API, 256-bit" or "scalar". */
  String describe();

  /** The implementation this process uses (see the type's documentation). */
  static RowMath get() {
    return Chosen.INSTANCE;
  }

  /** Holder of the per-process choice (initialised on first use). */
  final class Chosen {
    private static final RowMath INSTANCE = choose();

    private Chosen() {}

    private static RowMath choose() {
      boolean allowed = !"false".equalsIgnoreCase(System.getProperty("s2s.simd", "true"));
      if (allowed && VectorRowMath.moduleAvailable()) {
        return VectorRowMath.create();
      }
      return new ScalarRowMath();
    }
  }
}

package dev.s2s.neural.nn;

/**
 * Scalar sigmoid and tanh for the fused loops. {@code Math.tanh} is the strict (fdlibm) version and
 * about ten times slower than {@code Math.exp}, which the JIT compiles to an intrinsic; both
 * functions here use one exp and are exact to double rounding, saturating to 0/1 and -1/1 without
 * NaN for any finite input.
 */
public final class Activations {
  private Activations() {}

  public static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** tanh(x) = 1 - 2 / (e^{2x} + 1). */
  public static double tanh(double x) {
    return 1.0 - 2.0 / (Math.exp(2.0 * x) + 1.0);
  }

  public static float sigmoid(float x) {
    return (float) sigmoid((double) x);
  }

  public static float tanh(float x) {
    return (float) tanh((double) x);
  }
}

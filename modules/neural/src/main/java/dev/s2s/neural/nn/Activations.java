package dev.s2s.neural.nn;

/**
 * Scalar exp, sigmoid and tanh for the fused loops. {@code Math.tanh} is the strict (fdlibm)
 * version and about ten times slower than {@code Math.exp}; the double functions here use one
 * {@code Math.exp} and are exact to double rounding. The float functions use {@link #exp(float)},
 * a single-precision exp (Cephes' expf: range reduction by ln 2 and a degree-5 polynomial, about 2
 * ulp) that costs a fraction of the double intrinsic, which was 12% of a decoding step. All
 * saturate to 0/1 and -1/1 without NaN for any finite input.
 */
public final class Activations {
  static final float LOG2E = 1.44269504088896341f;
  /** ln 2 split in a part exact in float and a remainder (Cephes' C1, C2). */
  static final float LN2_HI = 0.693359375f;
  static final float LN2_LO = -2.12194440e-4f;
  /** 1.5 * 2^23: adding and subtracting it rounds a float of magnitude < 2^22 to an integer. */
  static final float ROUND = 12582912f;
  /** Above this exp(x) is close to Float.MAX_VALUE; the result is +infinity. */
  static final float EXP_HI = 88.0f;
  /** Below this exp(x) is subnormal; the result is 0. */
  static final float EXP_LO = -87.33654f;
  /** Cephes' expf polynomial, highest degree first: e^r ~ 1 + r + r^2 (P0 r^5 + ... + P5). */
  static final float EXP_P0 = 1.9875691500e-4f;
  static final float EXP_P1 = 1.3981999507e-3f;
  static final float EXP_P2 = 8.3334519073e-3f;
  static final float EXP_P3 = 4.1665795894e-2f;
  static final float EXP_P4 = 1.6666665459e-1f;
  static final float EXP_P5 = 5.0000001201e-1f;
  /** Below this magnitude tanh uses its series, where 1 - 2 / (e^{2x} + 1) loses digits. */
  static final float TANH_SERIES_BELOW = 0.0625f;

  private Activations() {}

  /** e^x in single precision, relative error below 3e-7 on [-87.3, 88]; 0 below, +inf above. */
  public static float exp(float x) {
    if (x > EXP_HI) {
      return Float.POSITIVE_INFINITY;
    }
    if (x < EXP_LO) {
      return 0f;
    }
    float shifted = Math.fma(x, LOG2E, ROUND);
    float n = shifted - ROUND;
    float r = Math.fma(n, -LN2_HI, x) - n * LN2_LO;
    float p = EXP_P0;
    p = Math.fma(p, r, EXP_P1);
    p = Math.fma(p, r, EXP_P2);
    p = Math.fma(p, r, EXP_P3);
    p = Math.fma(p, r, EXP_P4);
    p = Math.fma(p, r, EXP_P5);
    float y = Math.fma(p * r, r, r) + 1f;
    return y * Float.intBitsToFloat(((int) n + 127) << 23);
  }

  public static double sigmoid(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }

  /** tanh(x) = 1 - 2 / (e^{2x} + 1). */
  public static double tanh(double x) {
    return 1.0 - 2.0 / (Math.exp(2.0 * x) + 1.0);
  }

  public static float sigmoid(float x) {
    return 1f / (1f + exp(-x));
  }

  /** tanh(x) = 1 - 2 / (e^{2x} + 1); near 0, where that loses digits, x - x^3/3 + 2x^5/15. */
  public static float tanh(float x) {
    if (Math.abs(x) < TANH_SERIES_BELOW) {
      float x2 = x * x;
      return x * (1f - x2 * (1f / 3f - x2 * (2f / 15f)));
    }
    return 1f - 2f / (exp(2f * x) + 1f);
  }
}

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
  private static final float LOG2E = 1.44269504088896341f;
  /** ln 2 split in a part exact in float and a remainder (Cephes' C1, C2). */
  private static final float LN2_HI = 0.693359375f;
  private static final float LN2_LO = -2.12194440e-4f;
  /** 1.5 * 2^23: adding and subtracting it rounds a float of magnitude < 2^22 to an integer. */
  private static final float ROUND = 12582912f;
  /** Above this exp(x) is close to Float.MAX_VALUE; the result is +infinity. */
  private static final float EXP_HI = 88.0f;
  /** Below this exp(x) is subnormal; the result is 0. */
  private static final float EXP_LO = -87.33654f;

  private Activations() {}

  /** e^x in single precision, relative error below 3e-7 on [-87.3, 88]; 0 below, +inf above. */
  public static float exp(float x) {
    if (x > EXP_HI) {
      return Float.POSITIVE_INFINITY;
    }
    if (x < EXP_LO) {
      return 0f;
    }
    float n = (x * LOG2E + ROUND) - ROUND;
    float r = x - n * LN2_HI - n * LN2_LO;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    float y = p * r * r + r + 1f;
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
    if (Math.abs(x) < 0.0625f) {
      float x2 = x * x;
      return x * (1f - x2 * (1f / 3f - x2 * (2f / 15f)));
    }
    return 1f - 2f / (exp(2f * x) + 1f);
  }
}

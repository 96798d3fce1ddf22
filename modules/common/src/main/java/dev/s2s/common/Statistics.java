package dev.s2s.common;

import java.util.Arrays;

/** Summary statistics of measured values (timings of repeated runs). */
public final class Statistics {
  private Statistics() {}

  /**
   * The median of {@code values}: the middle one of an odd count, the mean of the two middle ones
   * of an even count; {@code values} is not changed.
   *
   * @throws IllegalArgumentException when there are no values
   */
  public static double median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("median of no values");
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}

package dev.s2s.eval.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fixed-point number formatting that rounds the exact binary value of a double half-to-even, as
 * C/Perl {@code printf("%.Nf")} (glibc) and Python {@code f"{x:.Nf}"} do. {@link
 * String#format} rounds HALF_UP and prints 78.13 for 78.125 where those tools print 78.12.
 */
public final class FixedPoint {
  private FixedPoint() {}

  /** {@code x} with {@code decimals} digits after the point (Python {@code f"{x:.Nf}"}). */
  public static String format(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      // -0.0 and negatives that round to zero keep their sign, as printf does
      if (!s.startsWith("-")) {
        s = "-" + s;
      }
    }
    return s;
  }

  /** {@code printf("%W.Nf", x)}: {@link #format(double, int)} left-padded with spaces to width. */
  public static String format(double x, int width, int decimals) {
    String s = format(x, decimals);
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }

  /**
   * The JSON number Python prints for {@code float(f"{x:.Nf}")}: rounded to {@code decimals}
   * places, trailing zeros dropped but at least one decimal kept (71.4945, 100.0, 0.0001).
   */
  public static String pythonRoundedFloat(double x, int decimals) {
    String s = format(x, decimals);
    if (s.indexOf('.') < 0) {
      return s + ".0";
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0' && s.charAt(end - 2) != '.') {
      end--;
    }
    String r = s.substring(0, end);
    return r.equals("-0.0") ? "-0.0" : r;
  }
}

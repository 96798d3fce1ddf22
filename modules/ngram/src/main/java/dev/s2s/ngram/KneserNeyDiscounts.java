package dev.s2s.ngram;

import dev.s2s.common.UserException;

/**
 * The discounts of one order: D1 for n-grams with (adjusted) count 1, D2 for count 2, D3 for
 * counts 3 and more. Plain Kneser-Ney uses the same D for all three.
 */
public record KneserNeyDiscounts(double d1, double d2, double d3) {
  /** Discount for an n-gram with (adjusted) count {@code count} >= 1. */
  public double forCount(long count) {
    return count == 1 ? d1 : count == 2 ? d2 : d3;
  }

  /**
   * Chen and Goodman's estimates from the count-of-counts {@code n[1..4]} (n[k] = number of
   * n-grams with count k): Y = n1/(n1+2 n2); for {@code modified}, D1 = 1 - 2Y n2/n1, D2 = 2 - 3Y
   * n3/n2, D3 = 3 - 4Y n4/n3; otherwise D = Y for all counts.
   *
   * @param what names the order and the text for the error message
   * @throws UserException when the counts cannot give discounts with 0 < Dk <= k (text too small)
   */
  public static KneserNeyDiscounts estimate(long[] n, boolean modified, String what) {
    double y = n[1] + 2.0 * n[2] == 0 ? Double.NaN : n[1] / (n[1] + 2.0 * n[2]);
    KneserNeyDiscounts d =
        modified
            ? new KneserNeyDiscounts(
                1 - 2 * y * n[2] / n[1], 2 - 3 * y * n[3] / n[2], 3 - 4 * y * n[4] / n[3])
            : new KneserNeyDiscounts(y, y, y);
    if (!(d.d1 > 0 && d.d1 <= 1 && d.d2 > 0 && d.d2 <= 2 && d.d3 > 0 && d.d3 <= 3)) {
      throw new UserException(
          what + ": count-of-counts n1=" + n[1] + " n2=" + n[2] + " n3=" + n[3] + " n4=" + n[4]
              + " give discounts D1=" + d.d1 + " D2=" + d.d2 + " D3+=" + d.d3 + "; "
              + (modified ? "modified Kneser-Ney" : "Kneser-Ney")
              + " needs 0 < Dk <= k (n1, n2" + (modified ? ", n3" : "") + " > 0); these counts come"
              + " from a text that is too small or whose vocabulary was cut to frequent words: use a"
              + " larger text, another --order, --smoothing kn or --smoothing add-k");
    }
    return d;
  }
}

package dev.s2s.eval.chrf;

import dev.s2s.eval.text.FixedPoint;

/**
 * A chrF result.
 *
 * @param name metric name as sacreBLEU prints it: {@code chrF2}, {@code chrF2++}
 * @param score chrF in [0, 100]
 * @param signature e.g. {@code nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0}
 */
public record ChrfScore(String name, double score, String signature) {
  /** {@code chrF2 = 84.98} with {@code width} decimals. */
  public String format(int width) {
    return name + " = " + FixedPoint.format(score, width);
  }

  /** sacreBLEU's text line: {@code chrF2|nrefs:1|...|version:2.6.0 = 77.7779}. */
  public String formatWithSignature(int width) {
    return name + "|" + signature + " = " + FixedPoint.format(score, width);
  }
}

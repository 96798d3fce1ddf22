package dev.s2s.eval.bleu;

import dev.s2s.eval.text.FixedPoint;
import java.util.Arrays;

/**
 * A BLEU result, the fields of sacreBLEU's {@code BLEUScore}. Arrays are indexed by n-gram order
 * minus one ([maxOrder]).
 *
 * @param score BLEU in [0, 100]
 * @param counts matched n-grams per order; for add-k smoothing, orders n >= 2 include k as
 *     sacreBLEU reports them (integers unless k is fractional)
 * @param totals hypothesis n-grams per order (add-k: orders n >= 2 include k)
 * @param precisions n-gram precisions in percent after smoothing
 * @param bp brevity penalty
 * @param sysLen hypothesis length in tokens
 * @param refLen effective reference length in tokens (closest reference per segment)
 * @param signature the sacreBLEU signature, e.g. {@code
 *     nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}
 */
public record BleuScore(
    double score,
    double[] counts,
    double[] totals,
    double[] precisions,
    double bp,
    long sysLen,
    long refLen,
    String signature) {

  /** Metric name as sacreBLEU prints it. */
  public static final String NAME = "BLEU";

  public BleuScore {
    counts = counts.clone();
    totals = totals.clone();
    precisions = precisions.clone();
  }

  @Override
  public double[] counts() {
    return counts.clone();
  }

  @Override
  public double[] totals() {
    return totals.clone();
  }

  @Override
  public double[] precisions() {
    return precisions.clone();
  }

  /** sys_len / ref_len, 0 when the reference is empty. */
  public double ratio() {
    return refLen == 0 ? 0.0 : (double) sysLen / refLen;
  }

  /**
   * The part sacreBLEU prints after the score: {@code 96.5/80.9/70.9/63.0 (BP = 0.930 ratio =
   * 0.933 hyp_len = 5658 ref_len = 6066)}.
   */
  public String verbose() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < precisions.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(FixedPoint.format(precisions[i], 1));
    }
    sb.append(" (BP = ").append(FixedPoint.format(bp, 3));
    sb.append(" ratio = ").append(FixedPoint.format(ratio(), 3));
    sb.append(" hyp_len = ").append(sysLen);
    sb.append(" ref_len = ").append(refLen).append(')');
    return sb.toString();
  }

  /** {@code BLEU = 42.01 75.3/50.1/35.2/25.0 (BP = ...)} with {@code width} decimals. */
  public String format(int width) {
    return NAME + " = " + FixedPoint.format(score, width) + " " + verbose();
  }

  /**
   * sacreBLEU's text line with the signature, as {@code --sentence-level} prints it: {@code
   * BLEU|nrefs:1|...|version:2.6.0 = 36.8068 100.0/62.5/42.9/16.7 (BP = ...)}.
   */
  public String formatWithSignature(int width) {
    return NAME + "|" + signature + " = " + FixedPoint.format(score, width) + " " + verbose();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BleuScore b
        && Double.compare(score, b.score) == 0
        && Arrays.equals(counts, b.counts)
        && Arrays.equals(totals, b.totals)
        && Arrays.equals(precisions, b.precisions)
        && Double.compare(bp, b.bp) == 0
        && sysLen == b.sysLen
        && refLen == b.refLen
        && signature.equals(b.signature);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(score) * 31 + signature.hashCode();
  }

  @Override
  public String toString() {
    return formatWithSignature(2);
  }
}

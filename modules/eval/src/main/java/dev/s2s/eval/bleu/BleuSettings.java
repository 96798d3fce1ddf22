package dev.s2s.eval.bleu;

/**
 * Options of a BLEU computation, as sacreBLEU 2.6.0 names them.
 *
 * @param tokenizer tokenizer name: {@code 13a} (default), {@code intl} or {@code none}
 * @param lowercase lower-case hypotheses and references before tokenizing ({@code -lc})
 * @param smoothing smoothing method ({@link Smoothing#EXP} by default)
 * @param smoothValue value for floor / add-k; NaN means the method's default (0.1 / 1)
 * @param effectiveOrder ignore n-gram orders with no hypothesis n-grams (sentence-level BLEU)
 * @param maxOrder maximum n-gram order (4)
 */
public record BleuSettings(
    String tokenizer,
    boolean lowercase,
    Smoothing smoothing,
    double smoothValue,
    boolean effectiveOrder,
    int maxOrder) {

  public BleuSettings {
    BleuTokenizer.named(tokenizer); // validates the name
    if (maxOrder < 1) {
      throw new IllegalArgumentException("maxOrder must be >= 1, got " + maxOrder);
    }
  }

  /** sacreBLEU's corpus-level defaults: 13a, case-sensitive, exp smoothing, order 4. */
  public static BleuSettings defaults() {
    return new BleuSettings("13a", false, Smoothing.EXP, Double.NaN, false, 4);
  }

  /** sacreBLEU's {@code --sentence-level} defaults (effective order on). */
  public static BleuSettings sentenceDefaults() {
    return defaults().withEffectiveOrder(true);
  }

  public BleuSettings withTokenizer(String name) {
    return new BleuSettings(name, lowercase, smoothing, smoothValue, effectiveOrder, maxOrder);
  }

  public BleuSettings withLowercase(boolean lc) {
    return new BleuSettings(tokenizer, lc, smoothing, smoothValue, effectiveOrder, maxOrder);
  }

  public BleuSettings withSmoothing(Smoothing method, double value) {
    return new BleuSettings(tokenizer, lowercase, method, value, effectiveOrder, maxOrder);
  }

  public BleuSettings withEffectiveOrder(boolean eff) {
    return new BleuSettings(tokenizer, lowercase, smoothing, smoothValue, eff, maxOrder);
  }

  /** The smoothing value in effect (the method's default when none was given). */
  public double effectiveSmoothValue() {
    return Double.isNaN(smoothValue) ? smoothing.defaultValue() : smoothValue;
  }
}

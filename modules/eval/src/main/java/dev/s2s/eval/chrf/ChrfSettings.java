package dev.s2s.eval.chrf;

/**
 * Options of chrF / chrF++ as sacreBLEU 2.6.0 names them ({@code eff:yes}: effective-order
 * averaging, not epsilon smoothing).
 *
 * @param charOrder character n-gram order (6)
 * @param wordOrder word n-gram order (0 for chrF, 2 for chrF++)
 * @param beta recall weight (2)
 * @param lowercase lower-case both sides first
 * @param whitespace keep whitespace inside character n-grams ({@code space:yes})
 */
public record ChrfSettings(
    int charOrder, int wordOrder, int beta, boolean lowercase, boolean whitespace) {

  public ChrfSettings {
    if (charOrder < 1 || wordOrder < 0 || beta < 0) {
      throw new IllegalArgumentException(
          "chrF needs charOrder >= 1, wordOrder >= 0, beta >= 0; got " + charOrder + ", "
              + wordOrder + ", " + beta);
    }
  }

  /** chrF2 with character order 6 (sacreBLEU's {@code -m chrf}). */
  public static ChrfSettings chrf() {
    return new ChrfSettings(6, 0, 2, false, false);
  }

  /** chrF2++: chrF2 plus word uni- and bigrams ({@code --chrf-word-order 2}). */
  public static ChrfSettings chrfPlusPlus() {
    return new ChrfSettings(6, 2, 2, false, false);
  }

  public ChrfSettings withWordOrder(int n) {
    return new ChrfSettings(charOrder, n, beta, lowercase, whitespace);
  }

  public ChrfSettings withCharOrder(int n) {
    return new ChrfSettings(n, wordOrder, beta, lowercase, whitespace);
  }

  public ChrfSettings withBeta(int b) {
    return new ChrfSettings(charOrder, wordOrder, b, lowercase, whitespace);
  }

  public ChrfSettings withLowercase(boolean lc) {
    return new ChrfSettings(charOrder, wordOrder, beta, lc, whitespace);
  }
}

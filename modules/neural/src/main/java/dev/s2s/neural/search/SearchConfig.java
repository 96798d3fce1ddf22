package dev.s2s.neural.search;

/**
 * Search settings.
 *
 * @param beamSize K (1 = greedy-equivalent beam)
 * @param nBest hypotheses returned per sentence (at most beamSize)
 * @param lengthPenalty normalisation used to rank finished hypotheses
 * @param alpha length penalty exponent
 * @param maxLengthRatio max output tokens = floor(ratio * source length) + maxLengthConstant
 * @param maxLengthConstant see maxLengthRatio
 */
public record SearchConfig(int beamSize, int nBest, LengthPenalty lengthPenalty, double alpha, double maxLengthRatio,
    int maxLengthConstant) {
  public SearchConfig {
    if (beamSize < 1 || nBest < 1 || nBest > beamSize) {
      throw new IllegalArgumentException("need 1 <= nBest (" + nBest + ") <= beamSize (" + beamSize + ")");
    }
  }

  /** Maximum number of decoding steps for a source of the given length. */
  public int maxLength(int sourceLength) {
    return Math.max(1, (int) Math.floor(maxLengthRatio * sourceLength) + maxLengthConstant);
  }
}

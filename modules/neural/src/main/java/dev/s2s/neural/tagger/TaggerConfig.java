package dev.s2s.neural.tagger;

import dev.s2s.neural.rnn.CellType;

/**
 * Architecture of a {@link TaggerModel}.
 *
 * @param wordDim word embedding size
 * @param charDim character embedding size (ignored when charFilters is 0)
 * @param charFilters number of char-CNN filters F; 0 disables character features
 * @param charWindow char-CNN window width
 * @param casing whether the 5 one-hot {@link CasingFeature}s are appended
 * @param cell recurrent cell of the bidirectional encoder
 * @param hidden hidden size H per direction (encoder states are [T, B, 2H])
 * @param layers number of bidirectional layers
 * @param dropout dropout on the token features and between layers (training only)
 * @param crf CRF output (true) or independent per-token softmax (false)
 */
public record TaggerConfig(
    int wordDim, int charDim, int charFilters, int charWindow, boolean casing, CellType cell, int hidden,
    int layers, double dropout, boolean crf) {
  public TaggerConfig {
    if (wordDim < 1 || hidden < 1 || layers < 1 || charFilters < 0) {
      throw new IllegalArgumentException("invalid tagger sizes: " + this);
    }
    if (charFilters > 0 && (charDim < 1 || charWindow < 1)) {
      throw new IllegalArgumentException("char CNN needs charDim and charWindow >= 1: " + this);
    }
  }

  /** Size of the per-token feature vector fed to the encoder. */
  public int featureSize() {
    return wordDim + charFilters + (casing ? CasingFeature.values().length : 0);
  }
}

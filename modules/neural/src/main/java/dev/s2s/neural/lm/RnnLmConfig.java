package dev.s2s.neural.lm;

import dev.s2s.neural.nn.WordClasses;
import dev.s2s.neural.rnn.CellType;

/**
 * Architecture of an {@link RnnLanguageModel}.
 *
 * @param vocab vocabulary size V
 * @param embDim embedding size
 * @param cell recurrent cell (TANH, IRNN, LSTM, GRU)
 * @param hidden hidden size H
 * @param layers number of stacked recurrent layers
 * @param dropout dropout on embeddings, between layers and before the output layer (training)
 * @param classes word classes for a class-based softmax, or null for a full softmax
 * @param tiedSoftmax whether the full softmax reuses the embedding table as its weight matrix
 *     (needs {@code classes} null and {@code embDim == hidden})
 */
public record RnnLmConfig(
    int vocab, int embDim, CellType cell, int hidden, int layers, double dropout, WordClasses classes,
    boolean tiedSoftmax) {
  public RnnLmConfig {
    if (vocab < 1 || embDim < 1 || hidden < 1 || layers < 1) {
      throw new IllegalArgumentException("invalid language model sizes: " + this);
    }
    if (classes != null && classes.vocabSize() != vocab) {
      throw new IllegalArgumentException(
          "word classes cover " + classes.vocabSize() + " words but the vocabulary has " + vocab);
    }
    if (tiedSoftmax && (classes != null || embDim != hidden)) {
      throw new IllegalArgumentException("a tied softmax needs a full softmax and embedding size = hidden size: " + this);
    }
  }
}

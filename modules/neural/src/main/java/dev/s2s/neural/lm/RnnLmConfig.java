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
 * @param irnnScale an IRNN's recurrent matrices start as this times the identity (1 for other cells)
 */
public record RnnLmConfig(
    int vocab, int embDim, CellType cell, int hidden, int layers, double dropout, WordClasses classes,
    boolean tiedSoftmax, double irnnScale) {
  /** An IRNN, if {@code cell} is one, starting from the identity itself. */
  public RnnLmConfig(int vocab, int embDim, CellType cell, int hidden, int layers, double dropout, WordClasses classes,
      boolean tiedSoftmax) {
    this(vocab, embDim, cell, hidden, layers, dropout, classes, tiedSoftmax, 1.0);
  }

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
    cell.checkIdentityScale(irnnScale);
  }
}

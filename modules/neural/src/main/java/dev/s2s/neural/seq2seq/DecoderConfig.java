package dev.s2s.neural.seq2seq;

import dev.s2s.neural.rnn.CellType;

/**
 * Sizes of one target language's decoder.
 *
 * @param vocab target vocabulary size
 * @param embDim target embedding size
 * @param cell recurrent cell type
 * @param hidden decoder state size H
 * @param layers stacked decoder layers (each initialised from c)
 * @param readout what the output layer reads
 * @param readoutSize size of the tanh readout layer (only for CONCAT_TANH)
 * @param dropout dropout on embeddings, between layers and before the readout (training only)
 * @param attentionSize size A of the Bahdanau attention scoring layer; 0 = no attention
 * @param tiedOutput whether the full softmax reuses the target embedding table as its weight matrix
 *     (Press and Wolf 2017); the output layer's input size must then equal {@code embDim}
 */
public record DecoderConfig(int vocab, int embDim, CellType cell, int hidden, int layers, Readout readout,
    int readoutSize, double dropout, int attentionSize, boolean tiedOutput) {
  /** Without weight tying. */
  public DecoderConfig(int vocab, int embDim, CellType cell, int hidden, int layers, Readout readout, int readoutSize,
      double dropout, int attentionSize) {
    this(vocab, embDim, cell, hidden, layers, readout, readoutSize, dropout, attentionSize, false);
  }

  /** Without attention or weight tying. */
  public DecoderConfig(int vocab, int embDim, CellType cell, int hidden, int layers, Readout readout, int readoutSize,
      double dropout) {
    this(vocab, embDim, cell, hidden, layers, readout, readoutSize, dropout, 0);
  }
}

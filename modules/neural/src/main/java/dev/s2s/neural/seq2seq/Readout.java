package dev.s2s.neural.seq2seq;

/**
 * What the decoder's output layer reads at step t.
 *
 * <ul>
 *   <li>{@link #STATE}: the decoder state h_t only (as in the PyTorch peer benchmark).
 *   <li>{@link #CONCAT}: [h_t; emb(y_{t-1}); c] fed directly to the output layer (Cho et al. 2014's
 *       conditioning, linear readout).
 *   <li>{@link #CONCAT_TANH}: tanh(W [h_t; emb(y_{t-1}); c] + b) of size readoutSize, then the
 *       output layer (a tanh instead of Cho et al.'s maxout).
 * </ul>
 */
public enum Readout {
  STATE,
  CONCAT,
  CONCAT_TANH
}

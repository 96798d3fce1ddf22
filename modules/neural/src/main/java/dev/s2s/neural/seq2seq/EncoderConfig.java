package dev.s2s.neural.seq2seq;

import dev.s2s.neural.rnn.CellType;

/**
 * Sizes of the shared source encoder.
 *
 * @param vocab source vocabulary size
 * @param embDim source embedding size
 * @param cell recurrent cell type
 * @param hidden state size per direction
 * @param layers stacked layers
 * @param bidirectional whether each layer reads both directions (context size 2*hidden)
 * @param dropout dropout on embeddings and between layers (training only)
 */
public record EncoderConfig(int vocab, int embDim, CellType cell, int hidden, int layers, boolean bidirectional,
    double dropout) {}

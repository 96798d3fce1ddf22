package dev.s2s.neural.bench;

/**
 * Sizes of the speed benchmark's encoder-decoder and of its synthetic reverse-the-sequence task.
 * The PyTorch peer (/work/shared/peers/torch_seq2seq.py) uses vocab 1000, embed 128, hidden 256,
 * batch 64 and source lengths 5..20; the command line supplies those as defaults.
 *
 * @param vocab vocabulary size V (shared by source and target; ids 0..2 are pad/BOS/EOS)
 * @param embDim embedding size E
 * @param hidden recurrent state size H (encoder and decoder)
 * @param batch sentences per training / batched-decoding batch B
 * @param minLength shortest source sentence
 * @param maxLength longest source sentence
 */
public record BenchShapes(int vocab, int embDim, int hidden, int batch, int minLength, int maxLength) {
  /** Ids below this are reserved (pad 0, BOS 1, EOS 2), as in the peer. */
  public static final int FIRST_WORD_ID = 3;

  public BenchShapes {
    if (vocab <= FIRST_WORD_ID || embDim < 1 || hidden < 1 || batch < 1) {
      throw new IllegalArgumentException("invalid benchmark sizes: vocab " + vocab + " (> " + FIRST_WORD_ID
          + "), embed " + embDim + ", hidden " + hidden + ", batch " + batch + " (all >= 1)");
    }
    if (minLength < 1 || maxLength < minLength) {
      throw new IllegalArgumentException("invalid length range " + minLength + ".." + maxLength);
    }
  }

  /** Decoding steps of the fixed-length greedy and beam runs: longest target + EOS, like the peer. */
  public int decodeSteps() {
    return maxLength + 1;
  }
}

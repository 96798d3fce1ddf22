package dev.s2s.neural.lm;

/**
 * A long token stream cut into B parallel streams for truncated back-propagation through time.
 * With N tokens, each stream holds L = (N - 1) / B predictions: stream b reads inputs
 * tokens[b*L .. b*L + L - 1] and predicts tokens[b*L + 1 .. b*L + L]; the (N - 1) - B*L trailing
 * predictions are dropped (none when B = 1). Segment k covers positions [k*bptt, min((k+1)*bptt,
 * L)) of every stream, so consecutive segments continue each stream where the previous one ended
 * and the hidden state can be carried over.
 *
 * <p>The first token is context only and is never predicted: for sentence-per-line text, start
 * the stream with the end-of-sentence symbol and end every sentence with it.
 */
public final class TokenStream {
  private final int[] tokens;
  private final int batch;
  private final int bptt;
  private final int streamLength;

  /**
   * @param tokens the token ids, at least B + 1 of them
   * @param batch number of parallel streams B
   * @param bptt segment length in time steps
   */
  public TokenStream(int[] tokens, int batch, int bptt) {
    if (batch < 1 || bptt < 1) {
      throw new IllegalArgumentException("batch and bptt must be >= 1, got " + batch + ", " + bptt);
    }
    if (tokens.length < batch + 1) {
      throw new IllegalArgumentException(
          tokens.length + " tokens cannot fill " + batch + " streams (need at least " + (batch + 1) + ")");
    }
    this.tokens = tokens;
    this.batch = batch;
    this.bptt = bptt;
    this.streamLength = (tokens.length - 1) / batch;
  }

  public int batch() {
    return batch;
  }

  /** Predictions per stream, L. */
  public int streamLength() {
    return streamLength;
  }

  /** Number of segments. */
  public int segments() {
    return (streamLength + bptt - 1) / bptt;
  }

  /** Total predicted tokens over all segments (B * L). */
  public long predictions() {
    return (long) batch * streamLength;
  }

  /**
   * Segment k: inputs and targets flat time-major ({@code t * B + b}), {@code steps} time steps.
   *
   * @param steps T of this segment (bptt, or less for the last one)
   */
  public record Segment(int steps, int batch, int[] inputs, int[] targets) {}

  public Segment segment(int k) {
    if (k < 0 || k >= segments()) {
      throw new IllegalArgumentException("segment " + k + " outside [0, " + segments() + ")");
    }
    int from = k * bptt;
    int steps = Math.min(bptt, streamLength - from);
    int[] in = new int[steps * batch];
    int[] out = new int[steps * batch];
    for (int t = 0; t < steps; t++) {
      for (int b = 0; b < batch; b++) {
        int pos = b * streamLength + from + t;
        in[t * batch + b] = tokens[pos];
        out[t * batch + b] = tokens[pos + 1];
      }
    }
    return new Segment(steps, batch, in, out);
  }
}

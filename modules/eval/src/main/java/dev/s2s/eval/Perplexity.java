package dev.s2s.eval;

import dev.s2s.common.UserException;

/**
 * Perplexity from a summed negative log-likelihood. Every language model and decoder in the
 * toolkit reports through this class so that their numbers share one unit.
 *
 * <p>Counting convention: every predicted token counts, including each end-of-sentence token and
 * every unknown word (scored as {@code <unk>}); padding and the start symbol {@code <s>} (which is
 * never predicted) do not.
 *
 * @param nllNats summed negative natural-log likelihood of the counted tokens
 * @param tokens number of counted tokens
 */
public record Perplexity(double nllNats, long tokens) {
  public Perplexity {
    if (tokens <= 0) {
      throw new UserException("no tokens to score: perplexity needs at least one predicted token");
    }
    if (!Double.isFinite(nllNats) || nllNats < 0) {
      throw new UserException(
          "negative log-likelihood is " + nllNats + " over " + tokens
              + " tokens: a model gave a token zero probability (it cannot score this text)");
    }
  }

  /** Cross-entropy J in nats per token. */
  public double natsPerToken() {
    return nllNats / tokens;
  }

  /** Cross-entropy J in bits per token. */
  public double bitsPerToken() {
    return natsPerToken() / Math.log(2);
  }

  /** Perplexity 2^J with J in bits (equal to e^J with J in nats). */
  public double perplexity() {
    return Math.pow(2, bitsPerToken());
  }

  /** e^J with J in nats; the same number as {@link #perplexity()} up to rounding. */
  public double perplexityFromNats() {
    return Math.exp(natsPerToken());
  }
}

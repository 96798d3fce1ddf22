package dev.s2s.neural.search;

/**
 * Length normalisation of a hypothesis score: score = logP / lp(len), len counting emitted tokens
 * including the end marker.
 */
public enum LengthPenalty {
  /** lp = 1 (raw log-probability). */
  NONE,
  /** GNMT (Wu et al. 2016): lp = ((5 + len) / 6)^alpha. */
  GNMT,
  /** lp = len^alpha (alpha = 1: average log-probability per token). */
  LENGTH;

  public double apply(double logProb, int length, double alpha) {
    switch (this) {
      case NONE:
        return logProb;
      case GNMT:
        return logProb / Math.pow((5.0 + length) / 6.0, alpha);
      case LENGTH:
        return logProb / Math.pow(Math.max(1, length), alpha);
      default:
        throw new IllegalStateException("unknown length penalty " + this);
    }
  }
}

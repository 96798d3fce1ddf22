package dev.s2s.experiment.progress;

import java.util.function.LongSupplier;

/** Tokens per second, over the whole run and since the last {@link #mark()}. */
final class TokenRate {
  private final LongSupplier nanoClock;
  private final long startNanos;
  private long totalTokens;
  private long markNanos;
  private long markTokens;

  TokenRate(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.markNanos = startNanos;
  }

  void add(long tokens) {
    totalTokens += tokens;
  }

  /** Tokens per second since the start (0 before any time has passed). */
  double overall() {
    return perSecond(totalTokens, nanoClock.getAsLong() - startNanos);
  }

  /** Tokens per second since the last mark. */
  double sinceMark() {
    return perSecond(totalTokens - markTokens, nanoClock.getAsLong() - markNanos);
  }

  /** Nanoseconds since the last mark. */
  long nanosSinceMark() {
    return nanoClock.getAsLong() - markNanos;
  }

  void mark() {
    markNanos = nanoClock.getAsLong();
    markTokens = totalTokens;
  }

  private static double perSecond(long tokens, long nanos) {
    return nanos <= 0 ? 0.0 : tokens * 1e9 / nanos;
  }
}

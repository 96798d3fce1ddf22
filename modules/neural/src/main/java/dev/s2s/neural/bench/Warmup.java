package dev.s2s.neural.bench;

import java.util.function.LongSupplier;

/**
 * Untimed warm-up before a measurement: repeats a pass until a wall-clock duration has elapsed, so
 * that the JIT has compiled the measured code. On the bench machine the C2 compilation of the
 * vector-API loops takes seconds: batched greedy decoding ran 400-1,000 sentences/s in its first
 * five passes of 640 sentences and 1,350-1,650 from the seventh on.
 */
public final class Warmup {
  private Warmup() {}

  /**
   * Runs {@code pass} at least once and until {@code seconds} have elapsed.
   *
   * @return the number of passes run
   */
  public static int untilElapsed(double seconds, Runnable pass) {
    return untilElapsed(seconds, pass, System::nanoTime);
  }

  /** As {@link #untilElapsed(double, Runnable)}, with {@code nanoClock} as the clock (for tests). */
  static int untilElapsed(double seconds, Runnable pass, LongSupplier nanoClock) {
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("warm-up seconds must be >= 0, got " + seconds);
    }
    long start = nanoClock.getAsLong();
    long budget = (long) (seconds * 1e9);
    int passes = 0;
    do {
      pass.run();
      passes++;
    } while (nanoClock.getAsLong() - start < budget);
    return passes;
  }
}

package dev.s2s.neural.bench;

/**
 * Units of work (tokens, sentences, queries) done in a measured wall-clock time.
 *
 * @param units work done
 * @param seconds elapsed wall-clock seconds (> 0)
 */
public record Throughput(long units, double seconds) {
  /** Units per second. */
  public double perSecond() {
    return units / seconds;
  }

  /** Times {@code work} (which returns the units it did) with {@link System#nanoTime()}. */
  public static Throughput measure(java.util.function.LongSupplier work) {
    long t0 = System.nanoTime();
    long units = work.getAsLong();
    double dt = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
    return new Throughput(units, dt);
  }
}

package dev.s2s.neural.train;

/**
 * Derives independent seeds from the run seed and counters (SplitMix64 finaliser), so that every
 * random decision (data order per epoch, language choice and dropout per step) is a pure function of
 * (seed, counters) and needs no saved generator state for exact resume.
 */
public final class Seeds {
  private Seeds() {}

  public static long mix(long... parts) {
    long h = 0x9E3779B97F4A7C15L;
    for (long p : parts) {
      h = finalise(h ^ finalise(p + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  private static long finalise(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

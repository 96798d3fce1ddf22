package dev.s2s.neural.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarmupTest {
  /** A clock that advances by one second each time a pass runs. */
  private static int passesWithOneSecondPasses(double seconds) {
    AtomicLong now = new AtomicLong();
    return Warmup.untilElapsed(seconds, () -> now.addAndGet(1_000_000_000L), now::get);
  }

  @Test
  void repeatsPassesUntilTheDurationHasElapsed() {
    assertEquals(3, passesWithOneSecondPasses(3.0));
    assertEquals(3, passesWithOneSecondPasses(2.5));
  }

  @Test
  void runsAtLeastOnePass() {
    assertEquals(1, passesWithOneSecondPasses(0.0));
  }

  @Test
  void rejectsNegativeOrNanDurations() {
    assertThrows(IllegalArgumentException.class, () -> passesWithOneSecondPasses(-1));
    assertThrows(IllegalArgumentException.class, () -> passesWithOneSecondPasses(Double.NaN));
  }
}

package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaggingSpeedTest {
  @Test
  void ratesFromCounts() {
    // 1000 tokens in 2 s wall and 0.5 s CPU: 500 tokens/s and 2000 tokens per CPU second.
    TaggingSpeed s = new TaggingSpeed(1000, 2_000_000_000L, 500_000_000L);
    assertEquals(500.0, s.tokensPerSecond(), 1e-9);
    assertEquals(2000.0, s.tokensPerCpuSecond(), 1e-9);
    assertEquals(2.0, s.wallSeconds(), 1e-12);
    assertEquals(0.5, s.cpuSeconds(), 1e-12);
  }

  @Test
  void unknownCpuTimeIsNaN() {
    TaggingSpeed s = new TaggingSpeed(10, 1_000_000_000L, -1);
    assertTrue(Double.isNaN(s.cpuSeconds()));
    assertTrue(Double.isNaN(s.tokensPerCpuSecond()));
  }

  @Test
  void measureReturnsTheValueAndCountsCpuOfBusyWork() {
    TaggingSpeed.Timed<Long> t =
        TaggingSpeed.measure(
            7,
            () -> {
              long x = 0;
              for (long i = 0; i < 50_000_000L; i++) {
                x += i ^ (x >>> 3);
              }
              return x;
            });
    assertEquals(7, t.speed().tokens());
    assertTrue(t.speed().wallNanos() > 0);
    assertTrue(t.speed().cpuNanos() > 0, "busy loop used CPU: " + t.speed());
  }
}

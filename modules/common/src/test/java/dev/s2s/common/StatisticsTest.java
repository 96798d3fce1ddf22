package dev.s2s.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StatisticsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    double[] odd = {0.9, 0.3, 0.5, 0.7, 0.1};
    assertEquals(0.5, Statistics.median(odd));
    assertArrayEquals(new double[] {0.9, 0.3, 0.5, 0.7, 0.1}, odd, "input unchanged");
    assertEquals(2.5, Statistics.median(new double[] {4, 1, 3, 2})); // (2 + 3) / 2
    assertEquals(7.0, Statistics.median(new double[] {7}));
    assertThrows(IllegalArgumentException.class, () -> Statistics.median(new double[0]));
  }
}

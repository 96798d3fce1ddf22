package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class PlateauScheduleTest {
  @Test
  void halvesAfterPatienceBadValidations() {
    PlateauSchedule s = new PlateauSchedule(1.0, 0.5, 2, 0.1, false); // lower loss is better
    assertEquals(1.0, s.observe(5));
    assertEquals(1.0, s.observe(6)); // bad 1
    assertEquals(0.5, s.observe(7)); // bad 2 -> halve
    assertEquals(0.5, s.observe(4)); // improvement
    s.observe(4);
    assertEquals(0.25, s.observe(4)); // equal is not an improvement
    s.observe(9);
    s.observe(9);
    s.observe(9);
    assertEquals(0.1, s.observe(9)); // floor at minLr
  }

  @Test
  void gainsWithinTheThresholdAreValidationsWithoutImprovement() {
    // dev BLEU of the twelfth session's Cho en-fr run, epochs 7-11, threshold 0.2, patience 2
    PlateauSchedule s = new PlateauSchedule(1.0, 0.5, 2, 0.2, 0.01, true);
    assertEquals(1.0, s.observe(32.40));
    assertEquals(1.0, s.observe(32.38)); // bad 1
    assertEquals(1.0, s.observe(32.76)); // +0.36 over 32.40: improvement
    assertEquals(32.76, s.best());
    assertEquals(1.0, s.observe(32.82)); // +0.06: bad 1, the best stays 32.76
    assertEquals(32.76, s.best());
    assertEquals(0.5, s.observe(32.89)); // +0.13: bad 2 -> halve (without the threshold: no decay)
    assertEquals(0.5, s.observe(32.90)); // bad 1
    assertEquals(0.5, s.observe(33.00)); // +0.24 over 32.76: improvement, counter restarts
    assertEquals(0, s.badCount());
  }

  @Test
  void thresholdAppliesDownwardsWhenLowerIsBetter() {
    PlateauSchedule s = new PlateauSchedule(1.0, 0.5, 1, 1.0, 0.0, false); // perplexity, 1 point
    s.observe(100);
    assertEquals(0.5, s.observe(99.5)); // only 0.5 lower
    assertEquals(0.5, s.observe(98.9)); // 1.1 below 100
    assertThrows(IllegalArgumentException.class, () -> new PlateauSchedule(1.0, 0.5, 1, -0.1, 0.0, false));
  }
}

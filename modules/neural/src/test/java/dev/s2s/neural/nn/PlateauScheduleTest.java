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
}

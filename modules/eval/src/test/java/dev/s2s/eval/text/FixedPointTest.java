package dev.s2s.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FixedPointTest {
  @Test
  void exactBinaryTiesRoundToEvenLikePrintf() {
    // 78.125 and 90.625 are exact in binary: printf("%.2f") gives 78.12 and 90.62
    assertEquals(" 78.12", FixedPoint.format(78.125, 6, 2));
    assertEquals(" 90.62", FixedPoint.format(90.625, 6, 2));
    assertEquals(" 97.62", FixedPoint.format(97.625, 6, 2));
    assertEquals("100.00", FixedPoint.format(100.0, 6, 2));
    // 2.675 is stored as 2.67499999..., so it rounds down; 0.5 ties to even 0
    assertEquals("2.67", FixedPoint.format(2.675, 2));
    assertEquals("0", FixedPoint.format(0.5, 0));
    assertEquals("-0.00", FixedPoint.format(-0.001, 2));
  }

  @Test
  void pythonRoundedFloatAsJsonPrintsIt() {
    assertEquals("71.4945", FixedPoint.pythonRoundedFloat(71.4945272534925, 4));
    assertEquals("100.0", FixedPoint.pythonRoundedFloat(100.0, 4));
    assertEquals("0.0", FixedPoint.pythonRoundedFloat(0.0, 4));
    assertEquals("0.0001", FixedPoint.pythonRoundedFloat(0.0001, 4));
  }
}

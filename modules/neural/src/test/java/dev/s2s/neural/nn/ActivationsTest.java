package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActivationsTest {
  @Test
  void matchTheLibraryFunctionsAndSaturate() {
    // reference: java.lang.Math (fdlibm), and the limits 0/1 and -1/1
    for (double x = -30; x <= 30; x += 0.37) {
      assertEquals(Math.tanh(x), Activations.tanh(x), 1e-15, "tanh " + x);
      assertEquals(1 / (1 + Math.exp(-x)), Activations.sigmoid(x), 1e-15, "sigmoid " + x);
      assertEquals((float) Math.tanh(x), Activations.tanh((float) x), 1e-7f, "float tanh " + x);
    }
    assertEquals(1.0, Activations.tanh(1e6), 0.0);
    assertEquals(-1.0, Activations.tanh(-1e6), 0.0);
    assertEquals(0.0, Activations.sigmoid(-1e6), 0.0);
    assertEquals(1.0, Activations.sigmoid(1e6), 0.0);
    assertEquals(0.0, Activations.tanh(0.0), 0.0);
  }
}

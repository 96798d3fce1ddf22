package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationsTest {
  @Test
  void matchTheLibraryFunctionsAndSaturate() {
    // reference: java.lang.Math (fdlibm), and the limits 0/1 and -1/1
    for (double x = -30; x <= 30; x += 0.37) {
      assertEquals(Math.tanh(x), Activations.tanh(x), 1e-15, "tanh " + x);
      assertEquals(1 / (1 + Math.exp(-x)), Activations.sigmoid(x), 1e-15, "sigmoid " + x);
      assertEquals((float) Math.tanh(x), Activations.tanh((float) x), 2.5e-7f, "float tanh (2 ulp near 1) " + x);
    }
    assertEquals(1.0, Activations.tanh(1e6), 0.0);
    assertEquals(-1.0, Activations.tanh(-1e6), 0.0);
    assertEquals(0.0, Activations.sigmoid(-1e6), 0.0);
    assertEquals(1.0, Activations.sigmoid(1e6), 0.0);
    assertEquals(0.0, Activations.tanh(0.0), 0.0);
  }

  @Test
  void floatExpIsWithinThreeTenMillionthsOfTheDoubleExp() {
    // reference: java.lang.Math.exp in double precision, rounded only by the comparison
    double worst = 0;
    for (float x = -87.3f; x <= 88f; x = Math.nextUp(x + 0.0137f)) {
      double ref = Math.exp(x);
      worst = Math.max(worst, Math.abs(Activations.exp(x) - ref) / ref);
    }
    assertTrue(worst < 3e-7, "largest relative error " + worst);
    assertEquals(1f, Activations.exp(0f), 0f);
    assertEquals(0f, Activations.exp(-1000f), 0f);
    assertEquals(Float.POSITIVE_INFINITY, Activations.exp(1000f), 0f);
  }

  @Test
  void floatSigmoidAndTanhKeepRelativeAccuracyNearZeroAndSaturate() {
    for (double x = -30; x <= 30; x += 0.0371) {
      float f = (float) x;
      assertEquals(Math.tanh(f), Activations.tanh(f), 1e-6 * Math.max(Math.abs(Math.tanh(f)), 1e-3), "tanh " + x);
      assertEquals(1 / (1 + Math.exp(-f)), Activations.sigmoid(f), 1e-6, "sigmoid " + x);
    }
    for (float x : new float[] {1e-3f, -2e-5f, 0.06f}) {
      assertEquals(Math.tanh(x), Activations.tanh(x), 1e-6 * Math.abs(x), "tanh keeps relative accuracy at " + x);
    }
    assertEquals(1f, Activations.tanh(1e6f), 0f);
    assertEquals(-1f, Activations.tanh(-1e6f), 0f);
    assertEquals(0f, Activations.sigmoid(-1e6f), 0f);
    assertEquals(1f, Activations.sigmoid(1e6f), 0f);
  }
}

package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class AdamTest {
  @Test
  void firstTwoStepsByHand() {
    Param p = new Param("p", Nd4j.createFromArray(new double[] {1.0, -2.0}));
    Adam adam = new Adam(List.of(p), 0.1, 0.9, 0.999, 1e-8);
    p.grad().assign(Nd4j.createFromArray(new double[] {0.5, -4.0}));
    adam.step();
    // step 1: m_hat = g, v_hat = g^2 -> update = 0.1 * g / (|g| + 1e-8) ~ 0.1 * sign(g)
    assertEquals(0.9, p.value().getDouble(0), 1e-7);
    assertEquals(-1.9, p.value().getDouble(1), 1e-7);
    p.grad().assign(Nd4j.createFromArray(new double[] {1.0, 0.0}));
    adam.step();
    // entry 0: m = 0.9*0.05 + 0.1*1 = 0.145, v = 0.999*0.00025 + 0.001*1 = 0.00124975
    // m_hat = 0.145 / 0.19, v_hat = 0.00124975 / 0.001999 ; update = 0.1 * m_hat / sqrt(v_hat)
    double mh = 0.145 / 0.19;
    double vh = 0.00124975 / (1 - 0.999 * 0.999);
    double p1 = 1 - 0.1 * 0.5 / (0.5 + 1e-8); // step-1 value of entry 0
    assertEquals(p1 - 0.1 * mh / (Math.sqrt(vh) + 1e-8), p.value().getDouble(0), 1e-9);
    assertEquals(2, adam.stepCount());
  }

  @Test
  void floatParametersTakeTheFusedPathWithTheSameUpdate() {
    // Same hand derivation as above, in float (the one-pass loop), to float precision.
    Param p = new Param("p", Nd4j.createFromArray(new float[] {1.0f, -2.0f}));
    Adam adam = new Adam(List.of(p), 0.1, 0.9, 0.999, 1e-8);
    p.grad().assign(Nd4j.createFromArray(new float[] {0.5f, -4.0f}));
    adam.step();
    assertEquals(0.9, p.value().getDouble(0), 1e-6);
    assertEquals(-1.9, p.value().getDouble(1), 1e-6);
    p.grad().assign(Nd4j.createFromArray(new float[] {1.0f, 0.0f}));
    adam.step();
    double mh = 0.145 / 0.19;
    double vh = 0.00124975 / (1 - 0.999 * 0.999);
    assertEquals(0.9 - 0.1 * mh / (Math.sqrt(vh) + 1e-8), p.value().getDouble(0), 1e-6);
    // entry 1: m = 0.9 * (-0.4) = -0.36, v = 0.999 * 0.016 = 0.015984
    double m1 = -0.36 / 0.19;
    double v1 = 0.015984 / (1 - 0.999 * 0.999);
    assertEquals(-1.9 - 0.1 * m1 / (Math.sqrt(v1) + 1e-8), p.value().getDouble(1), 1e-6);
  }

  @Test
  void floatUpdateReachesEveryElementAcrossChunks() {
    // 2 chunks of 4,096 and a tail of 3: every element takes the hand-derived first step 1 -> 0.9
    int n = 2 * 4096 + 3;
    Param p = new Param("p", Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, n));
    Adam adam = new Adam(List.of(p), 0.1, 0.9, 0.999, 1e-8);
    p.grad().assign(0.5);
    adam.step();
    float[] w = p.value().toFloatVector();
    for (int i = 0; i < n; i++) {
      assertEquals(0.9, w[i], 1e-6, "element " + i);
    }
  }
}

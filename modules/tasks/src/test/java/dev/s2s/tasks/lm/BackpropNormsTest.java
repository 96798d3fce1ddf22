package dev.s2s.tasks.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.rnn.RecurrentCell;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BackpropNormsTest {
  /**
   * One-unit tanh RNN h_j = tanh(p_j + w h_{j-1}) (p_j = the input projection of step j). Then
   * dh_T/dh_{T-d} = prod_{j=T-d+1..T} w (1 - h_j^2), computed here with Math.tanh.
   */
  @Test
  void oneUnitTanhRnnMatchesTheProductOfLocalDerivatives() {
    double w = 0.9;
    double[][] p = {{0.5, -1.0}, {0.2, 0.3}, {-0.7, 2.0}, {1.1, -0.4}, {0.0, 0.8}, {-0.3, 0.1}}; // [T][batch]
    double[] h0 = {0.3, -0.6};
    double[] unit = {1.0, -1.0};
    int steps = p.length;
    RecurrentCell cell = CellType.TANH.create("t", 1, 1, DataType.DOUBLE, new SplittableRandom(1));
    cell.params().stream().filter(q -> q.name().equals("t.U")).findFirst().orElseThrow().value().assign(w);
    INDArray proj = Nd4j.zeros(DataType.DOUBLE, steps * 2L, 1);
    for (int t = 0; t < steps; t++) {
      for (int b = 0; b < 2; b++) {
        proj.putScalar(t * 2L + b, 0, p[t][b]);
      }
    }
    INDArray init = Nd4j.create(new double[][] {{h0[0]}, {h0[1]}});
    INDArray u = Nd4j.create(new double[][] {{unit[0]}, {unit[1]}});
    double[][] norms = BackpropNorms.compute(cell, proj, init, u, steps);
    for (int b = 0; b < 2; b++) {
      double[] h = new double[steps + 1]; // h[j] = state after j steps
      h[0] = h0[b];
      for (int j = 1; j <= steps; j++) {
        h[j] = Math.tanh(p[j - 1][b] + w * h[j - 1]);
      }
      double product = 1;
      for (int d = 0; d <= steps; d++) {
        if (d > 0) {
          product *= w * (1 - h[steps - d + 1] * h[steps - d + 1]);
        }
        assertEquals(Math.abs(product), norms[d][b], 1e-12, "distance " + d + ", row " + b);
      }
    }
  }

  /** An identity-initialised ReLU RNN with non-negative pre-activations is linear: the norm stays 1. */
  @Test
  void irnnInLinearRegimeKeepsTheNorm() {
    RecurrentCell cell = CellType.IRNN.create("i", 2, 3, DataType.DOUBLE, new SplittableRandom(1));
    INDArray proj = Nd4j.ones(DataType.DOUBLE, 4 * 1L, 3);
    INDArray u = Nd4j.create(new double[][] {{0.6, 0.0, 0.8}});
    double[][] norms = BackpropNorms.compute(cell, proj, null, u, 4);
    for (int d = 0; d <= 4; d++) {
      assertEquals(1.0, norms[d][0], 1e-12);
    }
  }
}

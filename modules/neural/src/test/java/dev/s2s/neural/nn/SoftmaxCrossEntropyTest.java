package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SoftmaxCrossEntropyTest {
  @Test
  void byHand() {
    // row 0: logits (0, ln 3) -> p = (1/4, 3/4), target 1 -> nll = ln(4/3)
    // row 1: uniform over 2, target 0 -> ln 2 ; row 2 masked out
    INDArray logits = Nd4j.createFromArray(new double[][] {{0, Math.log(3)}, {5, 5}, {100, -100}});
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forward(logits, new int[] {1, 0, 1}, new float[] {1, 1, 0});
    assertEquals(Math.log(4.0 / 3) + Math.log(2), r.nll(), 1e-12);
    assertEquals(2, r.tokens());
    INDArray g = r.gradient(0.5);
    // 0.5 * (p - onehot): row 0 (0.125, -0.125), row 1 (-0.25, 0.25), row 2 zero
    assertEquals(0.125, g.getDouble(0, 0), 1e-12);
    assertEquals(-0.125, g.getDouble(0, 1), 1e-12);
    assertEquals(-0.25, g.getDouble(1, 0), 1e-12);
    assertEquals(0.0, g.getDouble(2, 1), 0);
  }

  @Test
  void stableForLargeLogits() {
    INDArray logits = Nd4j.createFromArray(new float[][] {{1000f, 0f}});
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forward(logits, new int[] {1}, new float[] {1});
    assertEquals(1000.0, r.nll(), 1e-3); // -log softmax = 1000 + log(1 + e^-1000)
  }

  @Test
  void floatLogitsTakeTheFusedPath() {
    // logits [0, ln 2, ln 3] -> softmax [1/6, 2/6, 3/6]; target 2: NLL = ln 2; gradient softmax - onehot.
    // Second row is masked out: no loss, zero gradient.
    float[] row = {0f, (float) Math.log(2), (float) Math.log(3)};
    org.nd4j.linalg.api.ndarray.INDArray logits = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][] {row, row});
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forward(logits, new int[] {2, 0}, new float[] {1, 0});
    assertEquals(Math.log(2), r.nll(), 1e-6);
    assertEquals(1, r.tokens());
    org.nd4j.linalg.api.ndarray.INDArray g = r.gradient(2.0);
    double[] expected = {2.0 / 6, 4.0 / 6, 2 * (0.5 - 1), 0, 0, 0};
    for (int i = 0; i < 6; i++) {
      assertEquals(expected[i], g.getDouble(i / 3, i % 3), 1e-6, "gradient entry " + i);
    }
  }

  @Test
  void smoothedGradientByHandOnBothPaths() {
    // logits [0, ln 2, ln 3] -> p = [1/6, 2/6, 3/6]; target 2, epsilon 0.2, V = 3:
    // q = [0.1, 0.1, 0.8] (0.2 / 2 on each other entry) and the gradient is scale * (p - q).
    double[] expected = {1.0 / 6 - 0.1, 2.0 / 6 - 0.1, 0.5 - 0.8};
    double[] row = {0, Math.log(2), Math.log(3)};
    INDArray doubles = Nd4j.createFromArray(new double[][] {row, row});
    INDArray floats = doubles.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
    for (INDArray logits : new INDArray[] {doubles, floats}) {
      SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forward(logits, new int[] {2, 0}, new float[] {1, 0});
      assertEquals(Math.log(2), r.nll(), 1e-6, "the reported NLL is the plain one");
      INDArray g = r.gradient(3.0, 0.2);
      for (int j = 0; j < 3; j++) {
        assertEquals(3 * expected[j], g.getDouble(0, j), 1e-6, logits.dataType() + " entry " + j);
        assertEquals(0.0, g.getDouble(1, j), 0, "masked row " + j);
      }
    }
  }

  @Test
  void smoothedGradientMatchesFiniteDifferencesOfTheSmoothedCrossEntropy() {
    double[][] z = {{0.3, -1.2, 2.0, 0.5}, {1.1, 0.0, -0.4, 0.9}, {-2.0, 0.7, 0.1, 0.2}};
    int[] targets = {2, 0, 3};
    float[] mask = {1, 1, 0.5f};
    double eps = 0.1;
    INDArray g = SoftmaxCrossEntropy.forward(Nd4j.createFromArray(z), targets, mask).gradient(1.0, eps);
    double h = 1e-6;
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < z[i].length; j++) {
        double keep = z[i][j];
        z[i][j] = keep + h;
        double up = smoothedCrossEntropy(z, targets, mask, eps);
        z[i][j] = keep - h;
        double down = smoothedCrossEntropy(z, targets, mask, eps);
        z[i][j] = keep;
        assertEquals((up - down) / (2 * h), g.getDouble(i, j), 1e-7, "d/dz[" + i + "][" + j + "]");
      }
    }
  }

  /** sum_i mask_i * -sum_j q_ij log softmax(z_i)_j, q_ij = 1 - eps at the target, eps / (V - 1) elsewhere. */
  private static double smoothedCrossEntropy(double[][] z, int[] targets, float[] mask, double eps) {
    double total = 0;
    for (int i = 0; i < z.length; i++) {
      double logSum = 0;
      for (double v : z[i]) {
        logSum += Math.exp(v);
      }
      logSum = Math.log(logSum);
      for (int j = 0; j < z[i].length; j++) {
        double q = j == targets[i] ? 1 - eps : eps / (z[i].length - 1);
        total -= mask[i] * q * (z[i][j] - logSum);
      }
    }
    return total;
  }

  @Test
  void smoothingOutsideZeroToOneIsRejected() {
    SoftmaxCrossEntropy.Result r =
        SoftmaxCrossEntropy.forward(Nd4j.createFromArray(new double[][] {{0, 1}}), new int[] {0}, new float[] {1});
    assertThrows(IllegalArgumentException.class, () -> r.gradient(1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> r.gradient(1.0, -0.1));
  }
}

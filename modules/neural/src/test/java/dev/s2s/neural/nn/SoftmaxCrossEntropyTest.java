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
}

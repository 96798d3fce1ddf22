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
}

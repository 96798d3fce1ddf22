package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TiedSoftmaxOutputLayerTest {
  private static final DataType D = DataType.DOUBLE;

  /** E = [[1, 0], [0, 1], [1, 1]] (3 words, size 2). */
  private static Param table() {
    return new Param("emb.W", Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}, {1, 1}}));
  }

  private static double[] row(INDArray a, int r) {
    return a.getRow(r).dup().data().asDouble();
  }

  @Test
  void logitsAreTheHiddenTimesTheTransposedTable() {
    // h = [1, 2]: logits = h E^T = [1, 2, 3]; log Z = 3 + ln(1 + e^-1 + e^-2) = 3.40760596.
    TiedSoftmaxOutputLayer out = new TiedSoftmaxOutputLayer("out", table(), D);
    INDArray logp = out.logProbs(Nd4j.createFromArray(new double[][] {{1, 2}}));
    assertArrayEquals(new double[] {-2.40760596, -1.40760596, -0.40760596}, row(logp, 0), 1e-8);
    assertEquals(3, out.vocabSize());
    assertEquals(2, out.inputSize());
  }

  @Test
  void backwardAddsIntoTheSharedTableAndReturnsTheHiddenGradient() {
    // Target 0: dLogits = softmax - onehot = [0.09003057 - 1, 0.24472847, 0.66524096];
    // dE = dLogits^T h, dh = dLogits E, db = dLogits.
    Param e = table();
    e.grad().assign(1); // what the embedding added before: the output layer must add to it
    TiedSoftmaxOutputLayer out = new TiedSoftmaxOutputLayer("out", e, D);
    INDArray h = Nd4j.createFromArray(new double[][] {{1, 2}});
    OutputLayer.Loss loss = out.loss(h, new int[] {0}, new float[] {1f});
    assertEquals(2.40760596, loss.nll(), 1e-8);
    INDArray dh = loss.backward(1.0);
    assertArrayEquals(new double[] {-0.24472847, 0.90996943}, row(dh, 0), 1e-8);
    assertArrayEquals(new double[] {1 - 0.90996943, 1 - 1.81993886}, row(e.grad(), 0), 1e-8);
    assertArrayEquals(new double[] {1 + 0.24472847, 1 + 0.48945694}, row(e.grad(), 1), 1e-8);
    assertArrayEquals(new double[] {1 + 0.66524096, 1 + 1.33048192}, row(e.grad(), 2), 1e-8);
    assertArrayEquals(new double[] {-0.90996943, 0.24472847, 0.66524096}, row(out.params().get(0).grad(), 0), 1e-8);
  }

  @Test
  void onlyTheBiasIsItsOwnParameter() {
    List<Param> ps = new TiedSoftmaxOutputLayer("lm.out", table(), D).params();
    assertEquals(1, ps.size());
    assertEquals("lm.out.b", ps.get(0).name());
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    Param e = new Param("emb.W", SeededArrays.uniform(31, D, -0.5, 0.5, 5, 3));
    TiedSoftmaxOutputLayer out = new TiedSoftmaxOutputLayer("out", e, D);
    out.params().get(0).value().assign(SeededArrays.uniform(32, D, 0, 1, 1, 5));
    INDArray h = SeededArrays.uniform(33, D, -0.5, 0.5, 4, 3);
    int[] targets = {4, 0, 2, 2};
    float[] mask = {1f, 1f, 0f, 1f};
    OutputLayer.Loss loss = out.loss(h, targets, mask);
    INDArray dh = loss.backward(0.5);
    List<Param> ps = List.of(e, out.params().get(0));
    double err = GradientCheck.maxRelativeError(ps, () -> 0.5 * out.loss(h, targets, mask).nll(), 1e-6, 15, 4);
    assertTrue(err < 1e-7, "relative error " + err);
    Param hp = new Param("h", h);
    hp.grad().assign(dh);
    double errH = GradientCheck.maxRelativeError(List.of(hp), () -> 0.5 * out.loss(h, targets, mask).nll(), 1e-6, 12, 5);
    assertTrue(errH < 1e-7, "relative error of the hidden gradient " + errH);
  }
}

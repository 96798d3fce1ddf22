package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BahdanauAttentionTest {
  private static final DataType D = DataType.DOUBLE;
  private static final int S = 4;
  private static final int B = 3;
  private static final int HD = 5;
  private static final int HE = 6;
  private static final int A = 4;

  private static INDArray uniform(SplittableRandom rnd, long... shape) {
    INDArray x = Nd4j.zeros(D, shape);
    Init.uniform(x, 1.0, rnd);
    return x;
  }

  /** Source lengths 4, 2, 3. */
  private static INDArray mask() {
    return PrefixMask.of(new int[] {4, 2, 3}, S, D);
  }

  /** Loss = sum over two decoder steps of sum(context * R_t) + sum(weights * Q_t). */
  private static double loss(BahdanauAttention att, Param s1, Param s2, Param enc, INDArray[] r, INDArray[] q) {
    INDArray keys = att.precomputeKeys(enc.value());
    double total = 0;
    Param[] states = {s1, s2};
    for (int t = 0; t < 2; t++) {
      AttentionStep step = att.forward(states[t].value(), enc.value(), keys, mask());
      total += step.context().mul(r[t]).sumNumber().doubleValue() + step.weights().mul(q[t]).sumNumber().doubleValue();
    }
    return total;
  }

  @Test
  void numericalGradientOverTwoStepsIncludingKeys() {
    SplittableRandom rnd = new SplittableRandom(11);
    BahdanauAttention att = new BahdanauAttention("att", HD, HE, A, D, rnd);
    att.params().get(2).value().assign(uniform(rnd, 1, A)); // non-zero key bias
    Param s1 = new Param("s1", uniform(rnd, B, HD));
    Param s2 = new Param("s2", uniform(rnd, B, HD));
    Param enc = new Param("enc", uniform(rnd, S, B, HE));
    INDArray[] r = {uniform(rnd, B, HE), uniform(rnd, B, HE)};
    INDArray[] q = {uniform(rnd, S, B), uniform(rnd, S, B)};

    INDArray keys = att.precomputeKeys(enc.value());
    Param[] states = {s1, s2};
    AttentionStep[] steps = new AttentionStep[2];
    for (int t = 0; t < 2; t++) {
      steps[t] = att.forward(states[t].value(), enc.value(), keys, mask());
    }
    INDArray dKeys = Nd4j.zeros(D, S, B, A);
    for (int t = 1; t >= 0; t--) {
      AttentionStep.Gradients g = att.backward(steps[t], r[t], q[t]);
      states[t].grad().addi(g.dDecoderState());
      enc.grad().addi(g.dEncoderStates());
      dKeys.addi(g.dKeys());
    }
    enc.grad().addi(att.backwardKeys(enc.value(), dKeys));

    List<Param> all = new ArrayList<>(att.params());
    all.addAll(List.of(s1, s2, enc));
    double err = GradientCheck.maxRelativeError(all, () -> loss(att, s1, s2, enc, r, q), 1e-6, 80, 5);
    assertTrue(err < 1e-6, "max relative error " + err);
  }

  @Test
  void weightsAreADistributionOverRealPositionsOnly() {
    SplittableRandom rnd = new SplittableRandom(3);
    BahdanauAttention att = new BahdanauAttention("att", HD, HE, A, D, rnd);
    INDArray enc = uniform(rnd, S, B, HE).muli(5);
    AttentionStep step = att.forward(uniform(rnd, B, HD), enc, att.precomputeKeys(enc), mask());
    INDArray w = step.weights();
    for (int b = 0; b < B; b++) {
      assertEquals(1.0, w.getColumn(b).sumNumber().doubleValue(), 1e-12);
    }
    assertEquals(0.0, w.getDouble(2, 1), 0.0); // sequence 1 has length 2
    assertEquals(0.0, w.getDouble(3, 1), 0.0);
    assertEquals(0.0, w.getDouble(3, 2), 0.0); // sequence 2 has length 3
  }

  @Test
  void zeroScoringVectorGivesTheMeanOfRealEncoderStates() {
    // v = 0 makes every score 0, so the weights are uniform over the real positions and the
    // context of sequence 1 (length 2) is (h_0 + h_1) / 2.
    SplittableRandom rnd = new SplittableRandom(4);
    BahdanauAttention att = new BahdanauAttention("att", HD, HE, A, D, rnd);
    att.params().get(3).value().assign(0);
    INDArray enc = uniform(rnd, S, B, HE);
    AttentionStep step = att.forward(uniform(rnd, B, HD), enc, att.precomputeKeys(enc), mask());
    for (int h = 0; h < HE; h++) {
      double expected = (enc.getDouble(0, 1, h) + enc.getDouble(1, 1, h)) / 2;
      assertEquals(expected, step.context().getDouble(1, h), 1e-12);
    }
    assertEquals(1.0 / 3, step.weights().getDouble(0, 2), 1e-12);
  }

  @Test
  void shapeErrorsNameTheTensor() {
    SplittableRandom rnd = new SplittableRandom(4);
    BahdanauAttention att = new BahdanauAttention("att", HD, HE, A, D, rnd);
    INDArray enc = uniform(rnd, S, B, HE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> att.forward(uniform(rnd, B, HD + 1), enc, att.precomputeKeys(enc), mask()));
    assertTrue(e.getMessage().startsWith("attention decoder state has shape [3, 6]"), e.getMessage());
  }
}

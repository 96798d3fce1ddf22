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

class ClassBasedSoftmaxTest {
  private static final DataType D = DataType.DOUBLE;

  /** 12 words in 3 classes, deliberately not in id order, so the class-ordered rows are permuted. */
  private static WordClasses scrambled() {
    int[] wordToClass = {2, 0, 1, 0, 2, 2, 1, 0, 1, 2, 0, 1};
    return WordClasses.fromWordToClass(wordToClass, 3);
  }

  private static INDArray randomHidden(long seed, int n, int h) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] v = new double[n * h];
    for (int i = 0; i < v.length; i++) {
      v[i] = rnd.nextGaussian();
    }
    return Nd4j.create(v, new long[] {n, h}, D);
  }

  @Test
  void numericalGradientWithMask() {
    ClassBasedSoftmax layer = new ClassBasedSoftmax("out", 5, scrambled(), D, new SplittableRandom(1));
    SplittableRandom shift = new SplittableRandom(2); // seeded: ND4J's global generator depends on test order
    for (Param p : layer.params()) {
      for (long i = 0; i < p.value().length(); i++) {
        p.value().putScalar(i, p.value().getDouble(i) + shift.nextDouble() - 0.5); // non-zero biases too
      }
    }
    Param hidden = new Param("h", randomHidden(2, 7, 5));
    int[] targets = {0, 5, 3, 11, 8, 1, 4};
    float[] mask = {1, 1, 0, 1, 1, 1, 0};
    ClassSoftmaxForward f = layer.forward(hidden.value(), targets, mask);
    assertEquals(5, f.tokens());
    assertEquals(0, f.rowNll()[2]);
    assertEquals(-f.logProbs()[0], f.rowNll()[0]);
    hidden.grad().assign(layer.backward(f, 0.7));
    List<Param> all = new ArrayList<>(layer.params());
    all.add(hidden);
    double err = GradientCheck.maxRelativeError(
        all, () -> 0.7 * layer.forward(hidden.value(), targets, mask).nll(), 1e-6, 60, 3);
    assertTrue(err < 1e-6, "max relative error " + err);
    // masked rows get no gradient
    assertEquals(0, hidden.grad().getRow(2).norm2Number().doubleValue(), 0);
    assertEquals(0, hidden.grad().getRow(6).norm2Number().doubleValue(), 0);
  }

  @Test
  void probabilitiesOfAllWordsSumToOne() {
    WordClasses classes = scrambled();
    int v = classes.vocabSize();
    ClassBasedSoftmax layer = new ClassBasedSoftmax("out", 6, classes, D, new SplittableRandom(4));
    long seed = 41;
    for (Param p : layer.params()) { // sharpen the distributions
      p.value().muli(3).addi(SeededArrays.uniform(seed++, D, 0, 1, p.value().shape()));
    }
    INDArray h = randomHidden(5, 4, 6);
    INDArray all = layer.logProbabilitiesAll(h);
    for (int row = 0; row < 4; row++) {
      // every word scored individually through the training path
      INDArray repeated = Nd4j.vstack(java.util.Collections.nCopies(v, h.getRow(row, true)));
      int[] words = java.util.stream.IntStream.range(0, v).toArray();
      double[] lp = layer.logProbabilities(repeated, words);
      double sum = 0;
      for (int w = 0; w < v; w++) {
        sum += Math.exp(lp[w]);
        assertEquals(lp[w], all.getDouble(row, w), 1e-12, "full distribution column of word " + w);
      }
      assertEquals(1.0, sum, 1e-6);
      assertEquals(1.0, org.nd4j.linalg.ops.transforms.Transforms.exp(all.getRow(row), true).sumNumber().doubleValue(), 1e-6);
    }
  }

  @Test
  void oneClassEqualsFullSoftmax() {
    int v = 9;
    int hSize = 4;
    ClassBasedSoftmax layer = new ClassBasedSoftmax("out", hSize, WordClasses.single(v), D, new SplittableRandom(7));
    layer.wordBias().value().assign(SeededArrays.uniform(42, D, 0, 1, 1, v));
    INDArray h = randomHidden(8, 5, hSize);
    int[] targets = {3, 0, 8, 8, 2};
    // full softmax by hand: logits = h W^T + b with W = wordW [V, H] (identity order when C = 1)
    double[][] w = layer.wordWeight().value().toDoubleMatrix();
    double[] b = layer.wordBias().value().toDoubleVector();
    double[][] hv = h.toDoubleMatrix();
    double expectedNll = 0;
    double[][] expectedDh = new double[5][hSize];
    for (int i = 0; i < 5; i++) {
      double[] logits = new double[v];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < v; k++) {
        logits[k] = b[k];
        for (int j = 0; j < hSize; j++) {
          logits[k] += hv[i][j] * w[k][j];
        }
        max = Math.max(max, logits[k]);
      }
      double z = 0;
      for (double l : logits) {
        z += Math.exp(l - max);
      }
      double logZ = max + Math.log(z);
      expectedNll += logZ - logits[targets[i]];
      for (int k = 0; k < v; k++) {
        double g = Math.exp(logits[k] - logZ) - (k == targets[i] ? 1 : 0);
        for (int j = 0; j < hSize; j++) {
          expectedDh[i][j] += g * w[k][j];
        }
      }
    }
    ClassSoftmaxForward f = layer.forward(h, targets, null);
    assertEquals(expectedNll, f.nll(), 1e-10);
    INDArray dh = layer.backward(f, 1.0);
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < hSize; j++) {
        assertEquals(expectedDh[i][j], dh.getDouble(i, j), 1e-10);
      }
    }
    // a single class has log P(class) = 0: the class layer gets no gradient
    assertEquals(0, layer.classLayer().weight().grad().norm2Number().doubleValue(), 1e-12);
  }

  @Test
  void floatPathRunsAndMatchesDouble() {
    ClassBasedSoftmax d = new ClassBasedSoftmax("out", 5, scrambled(), D, new SplittableRandom(1));
    ClassBasedSoftmax f = new ClassBasedSoftmax("out", 5, scrambled(), DataType.FLOAT, new SplittableRandom(1));
    INDArray h = randomHidden(3, 6, 5);
    int[] t = {1, 2, 3, 4, 5, 6};
    double nd = d.forward(h, t, null).nll();
    ClassSoftmaxForward ff = f.forward(h.castTo(DataType.FLOAT), t, null);
    assertEquals(nd, ff.nll(), 1e-4);
    assertEquals(DataType.FLOAT, f.backward(ff, 1.0).dataType());
  }

  @Test
  void labelSmoothingIsRefused() {
    ClassBasedSoftmax layer = new ClassBasedSoftmax("out", 5, scrambled(), D, new SplittableRandom(1));
    ClassSoftmaxForward f = layer.forward(randomHidden(3, 6, 5), new int[] {1, 2, 3, 4, 5, 6}, null);
    assertThrows(UnsupportedOperationException.class, () -> f.backward(1.0, 0.1));
  }

  @Test
  void badInputsAreNamed() {
    ClassBasedSoftmax layer = new ClassBasedSoftmax("out", 5, scrambled(), D, new SplittableRandom(1));
    INDArray h = randomHidden(3, 2, 5);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> layer.forward(h, new int[] {1, 12}, null));
    assertTrue(e.getMessage().contains("target 12 of row 1 outside vocabulary [0, 12)"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> layer.forward(h, new int[] {1, 2}, new float[3]));
    assertTrue(e.getMessage().contains("mask has 3 entries"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> new WordClasses(new int[] {0, 1}, new int[][] {{0}, {0, 1}}));
    assertTrue(e.getMessage().contains("word 0 is listed more than once"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> WordClasses.fromWordToClass(new int[] {0, 0}, 2));
    assertTrue(e.getMessage().contains("class 1 has no words"), e.getMessage());
  }
}

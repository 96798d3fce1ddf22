package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CharCnnEncoderTest {
  private static final DataType D = DataType.DOUBLE;
  private static final int[][] WORDS = {{1, 2, 3, 4}, {5}, {}, {2, 2, 6}};

  @Test
  void numericalGradient() {
    CharCnnEncoder cnn = new CharCnnEncoder("chars", 7, 3, 4, 3, D, new SplittableRandom(2));
    cnn.params().get(2).value().assign(SeededArrays.uniform(13, D, -0.5, 0.5, 1, 4));
    INDArray r = SeededArrays.uniform(14, D, -0.5, 0.5, WORDS.length, 4);
    CharCnnEncoder.Forward f = cnn.forward(WORDS);
    cnn.backward(f, r);
    List<Param> ps = new ArrayList<>(cnn.params());
    double err = GradientCheck.maxRelativeError(
        ps, () -> cnn.forward(WORDS).output().mul(r).sumNumber().doubleValue(), 1e-6, 60, 1);
    assertTrue(err < 1e-6, "max relative error " + err);
  }

  @Test
  void inferenceFeaturesEqualTheTrainingForwardOutputInFloats() {
    CharCnnEncoder cnn = new CharCnnEncoder("chars", 7, 3, 4, 3, DataType.FLOAT, new SplittableRandom(3));
    cnn.params().get(2).value().assign(SeededArrays.uniform(12, DataType.FLOAT, -0.5, 0.5, 1, 4));
    INDArray expected = cnn.forward(WORDS).output();
    INDArray actual = cnn.features(WORDS);
    assertEquals(DataType.FLOAT, actual.dataType());
    assertTrue(expected.equals(actual), "features " + actual + " differ from forward " + expected);
  }

  @Test
  void inferenceFeaturesFollowChangedWeightsAndLandAtTheGivenColumns() {
    CharCnnEncoder cnn = new CharCnnEncoder("chars", 7, 3, 4, 3, DataType.FLOAT, new SplittableRandom(4));
    cnn.features(WORDS); // builds the window table
    cnn.params().get(1).value().assign(SeededArrays.uniform(11, DataType.FLOAT, -0.5, 0.5, 9, 4));
    cnn.params().get(2).value().assign(0.25);
    INDArray expected = cnn.forward(WORDS).output();
    assertTrue(expected.equalsWithEps(cnn.features(WORDS), 1e-6), "stale table after a weight change");
    int stride = 6;
    float[] dst = new float[WORDS.length * stride];
    java.util.Arrays.fill(dst, 9f);
    cnn.writeFeatures(WORDS, dst, stride, 1);
    for (int i = 0; i < WORDS.length; i++) {
      assertEquals(9f, dst[i * stride], "column 0 of row " + i + " untouched");
      assertEquals(9f, dst[i * stride + 5], "column 5 of row " + i + " untouched");
      for (int f = 0; f < 4; f++) {
        assertEquals(expected.getFloat(i, f), dst[i * stride + 1 + f], 1e-6, "word " + i + " filter " + f);
      }
    }
  }

  @Test
  void windowOneIsMaxOverCharacterProjections() {
    // with w = 1 there is no padding: feature f of a word = max over its characters c of
    // tanh(E[c] . W[:, f] + b_f); the empty word reads one PAD character.
    CharCnnEncoder cnn = new CharCnnEncoder("chars", 7, 3, 2, 1, D, new SplittableRandom(5));
    double[][] e = cnn.params().get(0).value().toDoubleMatrix();
    double[][] w = cnn.params().get(1).value().toDoubleMatrix();
    INDArray out = cnn.forward(WORDS).output();
    int[][] read = {{1, 2, 3, 4}, {5}, {CharCnnEncoder.PAD}, {2, 2, 6}};
    for (int i = 0; i < read.length; i++) {
      for (int f = 0; f < 2; f++) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c : read[i]) {
          double s = 0;
          for (int k = 0; k < 3; k++) {
            s += e[c][k] * w[k][f];
          }
          best = Math.max(best, Math.tanh(s));
        }
        assertEquals(best, out.getDouble(i, f), 1e-12, "word " + i + " filter " + f);
      }
    }
  }
}

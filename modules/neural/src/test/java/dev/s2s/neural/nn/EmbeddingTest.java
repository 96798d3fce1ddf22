package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EmbeddingTest {
  @Test
  void lookupAndScatterAddWithRepeatedIds() {
    for (DataType dt : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
      Embedding e = new Embedding("emb", 4, 2, dt, new SplittableRandom(1));
      e.weight().value().assign(Nd4j.createFromArray(new double[][] {{0, 1}, {2, 3}, {4, 5}, {6, 7}}));
      int[] ids = {2, 0, 2, 2};
      INDArray out = e.forward(ids);
      assertEquals(4.0, out.getDouble(0, 0));
      assertEquals(1.0, out.getDouble(1, 1));
      INDArray d = Nd4j.createFromArray(new double[][] {{1, 10}, {2, 20}, {3, 30}, {4, 40}}).castTo(dt);
      e.backward(ids, d);
      e.backward(ids, d); // accumulates
      // row 2 gets rows 0, 2, 3 of d twice: 2*(1+3+4)=16, 2*(10+30+40)=160; row 0 gets 2*(2,20)
      assertEquals(16.0, e.weight().grad().getDouble(2, 0), 1e-6);
      assertEquals(160.0, e.weight().grad().getDouble(2, 1), 1e-6);
      assertEquals(4.0, e.weight().grad().getDouble(0, 0), 1e-6);
      assertEquals(0.0, e.weight().grad().getDouble(1, 0), 0);
      assertEquals(0.0, e.weight().grad().getDouble(3, 1), 0);
    }
  }

  @Test
  void manyRepeatsAccumulateExactly() {
    Embedding e = new Embedding("emb", 3, 8, DataType.DOUBLE, new SplittableRandom(1));
    int[] ids = new int[5000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i % 3;
    }
    e.backward(ids, Nd4j.ones(DataType.DOUBLE, ids.length, 8));
    // ids 0 and 1 occur 1667 times, id 2 occurs 1666 times (5000 = 3*1666 + 2)
    assertEquals(1667.0, e.weight().grad().getDouble(0, 5), 0);
    assertEquals(1666.0, e.weight().grad().getDouble(2, 7), 0);
  }

  @Test
  void rejectsIdOutsideVocabulary() {
    Embedding e = new Embedding("emb", 3, 2, DataType.FLOAT, new SplittableRandom(1));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> e.forward(new int[] {3}));
    assertTrue(x.getMessage().contains("token id 3 outside vocabulary [0, 3)"));
  }

  @Test
  void entriesStartWithUnitVariance() {
    // uniform in [-sqrt 3, sqrt 3]: mean 0, variance (2 sqrt 3)^2 / 12 = 1; 50,000 draws -> +-0.01
    Embedding e = new Embedding("e", 1000, 50, DataType.DOUBLE, new SplittableRandom(3));
    double[] w = e.weight().value().data().asDouble();
    double mean = java.util.Arrays.stream(w).average().orElseThrow();
    double var = java.util.Arrays.stream(w).map(x -> (x - mean) * (x - mean)).sum() / w.length;
    assertEquals(0, mean, 0.02);
    assertEquals(1, var, 0.03);
    assertTrue(java.util.Arrays.stream(w).allMatch(x -> Math.abs(x) <= Math.sqrt(3)));
  }
}

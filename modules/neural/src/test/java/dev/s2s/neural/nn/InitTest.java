package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InitTest {
  @Test
  void orthogonalIsOrthogonalAndSeeded() {
    INDArray q = Nd4j.zeros(DataType.DOUBLE, 6, 6);
    Init.orthogonal(q, 1.0, new SplittableRandom(7));
    assertTrue(q.mmul(q.transpose()).equalsWithEps(Nd4j.eye(6).castTo(DataType.DOUBLE), 1e-10));
    INDArray q2 = Nd4j.zeros(DataType.DOUBLE, 6, 6);
    Init.orthogonal(q2, 1.0, new SplittableRandom(7));
    assertEquals(q, q2);
  }

  @Test
  void identityAndUniformRange() {
    INDArray a = Nd4j.zeros(DataType.FLOAT, 3, 3);
    Init.identity(a, 0.5);
    assertEquals(1.5, a.sumNumber().doubleValue(), 1e-6);
    assertEquals(0.5, a.getDouble(2, 2), 1e-6);
    INDArray u = Nd4j.zeros(DataType.FLOAT, 100, 10);
    Init.xavierUniform(u, new SplittableRandom(1));
    double bound = Math.sqrt(6.0 / 110);
    assertTrue(u.amaxNumber().doubleValue() <= bound);
    assertTrue(u.amaxNumber().doubleValue() > 0.9 * bound);
    assertThrows(IllegalArgumentException.class, () -> Init.identity(Nd4j.zeros(2, 3), 1));
  }
}

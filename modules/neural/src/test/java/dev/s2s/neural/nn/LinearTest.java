package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LinearTest {
  @Test
  void forwardByHand() {
    Linear l = new Linear("l", 2, 1, true, DataType.DOUBLE, new SplittableRandom(1));
    l.weight().value().assign(Nd4j.createFromArray(new double[][] {{2}, {3}}));
    l.bias().value().assign(1);
    // 1*2 + 4*3 + 1 = 15
    assertEquals(15.0, l.forward(Nd4j.createFromArray(new double[][] {{1, 4}})).getDouble(0, 0), 1e-12);
  }

  @Test
  void gradientCheck() {
    Linear l = new Linear("l", 3, 4, true, DataType.DOUBLE, new SplittableRandom(2));
    INDArray x = SeededArrays.uniform(21, DataType.DOUBLE, 0, 1, 5, 3);
    INDArray w = SeededArrays.uniform(22, DataType.DOUBLE, 0, 1, 5, 4); // loss = sum(y * w)
    INDArray dx = l.backward(x, w, true);
    double err = GradientCheck.maxRelativeError(l.params(), () -> l.forward(x).mul(w).sumNumber().doubleValue(), 1e-6, 50, 3);
    assertTrue(err < 1e-7, "relative error " + err);
    // dL/dx = w W^T
    assertEquals(w.mmul(l.weight().value().transpose()), dx);
  }
}

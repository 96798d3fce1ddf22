package dev.s2s.neural.rnn;

import static dev.s2s.neural.rnn.RnnTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class StackedRnnTest {
  @Test
  void gradientCheckTwoBidirectionalLayersWithDropout() {
    StackedRnn rnn = StackedRnn.build("enc", CellType.GRU, 2, 3, 2, true, 0.3, DataType.DOUBLE, new SplittableRandom(1));
    assertEquals(6, rnn.outputSize());
    Param x = new Param("x", rand(1, 3, 2, 2));
    INDArray mask = mask(3, 3, 2);
    INDArray wOut = rand(3, 3, 2, 6);
    INDArray wFin = rand(4, 2, 6);
    StackedRnn.Forward f = rnn.forward(x.value(), mask, null, new SplittableRandom(42));
    StackedRnn.Backward b = rnn.backward(f, wOut, java.util.Arrays.asList(null, wFin));
    setGrad(x, b.dInputs());
    List<Param> ps = new ArrayList<>(rnn.params());
    ps.add(x);
    double err = GradientCheck.maxRelativeError(ps, () -> {
      StackedRnn.Forward g = rnn.forward(x.value(), mask, null, new SplittableRandom(42));
      return g.outputs().mul(wOut).sumNumber().doubleValue() + g.finalStates().get(1).mul(wFin).sumNumber().doubleValue();
    }, 1e-6, 20, 3);
    assertTrue(err < 1e-5, "relative error " + err);
  }

  @Test
  void rejectsMismatchedLayers() {
    SplittableRandom rnd = new SplittableRandom(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StackedRnn(List.of(
        new RecurrentLayer(CellType.GRU.create("a", 2, 3, DataType.DOUBLE, rnd)),
        new RecurrentLayer(CellType.GRU.create("b", 4, 3, DataType.DOUBLE, rnd))), 0));
    assertTrue(e.getMessage().contains("layer 1 input size 4 != layer 0 output size 3"), e.getMessage());
  }
}

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
import org.nd4j.linalg.indexing.NDArrayIndex;

class BidirectionalLayerTest {
  private static BidirectionalLayer layer(CellType type) {
    SplittableRandom rnd = new SplittableRandom(3);
    return new BidirectionalLayer(new RecurrentLayer(type.create("f", 2, 3, DataType.DOUBLE, rnd)),
        new RecurrentLayer(type.create("b", 2, 3, DataType.DOUBLE, rnd)));
  }

  @Test
  void reverseDirectionRespectsLengths() {
    BidirectionalLayer bi = layer(CellType.GRU);
    INDArray x = rand(1, 4, 2, 2);
    INDArray mask = mask(4, 4, 2);
    SequenceLayer.Forward r = bi.forward(x, mask, null);
    // Row 1 (length 2): the backward direction reads x[1], x[0]; run it alone on that order.
    RecurrentLayer bwd = new RecurrentLayer(CellType.GRU.create("b2", 2, 3, DataType.DOUBLE, new SplittableRandom(0)));
    List<Param> src = bi.params().subList(4, 8); // bwd params of the GRU (Wx, b, Urz, Un)
    for (int i = 0; i < 4; i++) {
      bwd.params().get(i).value().assign(src.get(i).value());
    }
    INDArray rev = org.nd4j.linalg.factory.Nd4j.zeros(DataType.DOUBLE, 2, 1, 2);
    rev.get(NDArrayIndex.point(0), NDArrayIndex.point(0), NDArrayIndex.all()).assign(x.get(NDArrayIndex.point(1), NDArrayIndex.point(1), NDArrayIndex.all()));
    rev.get(NDArrayIndex.point(1), NDArrayIndex.point(0), NDArrayIndex.all()).assign(x.get(NDArrayIndex.point(0), NDArrayIndex.point(1), NDArrayIndex.all()));
    RecurrentLayer.Result alone = bwd.forward(rev, null, null);
    // final backward state = after reading x[0]; output at position 0 = that state, at position 1 = first step
    assertTrue(r.finalState().get(NDArrayIndex.point(1), NDArrayIndex.interval(3, 6)).equalsWithEps(alone.finalState().getRow(0), 1e-12));
    assertTrue(r.outputs().get(NDArrayIndex.point(1), NDArrayIndex.point(1), NDArrayIndex.interval(3, 6))
        .equalsWithEps(alone.outputs().get(NDArrayIndex.point(0), NDArrayIndex.point(0), NDArrayIndex.all()), 1e-12));
  }

  @Test
  void gradientCheck() {
    for (CellType type : new CellType[] {CellType.GRU, CellType.LSTM}) {
      BidirectionalLayer bi = layer(type);
      Param x = new Param("x", rand(1, 4, 3, 2));
      Param h0 = new Param("h0", rand(2, 3, 6).muli(0.5));
      INDArray mask = mask(4, 4, 1, 3);
      INDArray wOut = rand(3, 4, 3, 6);
      INDArray wFin = rand(4, 3, 6);
      SequenceLayer.Backward g = bi.backward(bi.forward(x.value(), mask, h0.value()), wOut, wFin);
      setGrad(x, g.dInputs());
      setGrad(h0, g.dInitial());
      List<Param> ps = new ArrayList<>(bi.params());
      ps.add(x);
      ps.add(h0);
      double err = GradientCheck.maxRelativeError(ps, () -> {
        SequenceLayer.Forward f = bi.forward(x.value(), mask, h0.value());
        return f.outputs().mul(wOut).sumNumber().doubleValue() + f.finalState().mul(wFin).sumNumber().doubleValue();
      }, 1e-6, 30, 5);
      assertTrue(err < 1e-5, type + " relative error " + err);
    }
  }

  @Test
  void rejectsNonPrefixMask() {
    BidirectionalLayer bi = layer(CellType.TANH);
    INDArray mask = mask(3, 3, 3);
    mask.putScalar(1, 0, 0.0); // row 0: 1 0 1
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bi.forward(rand(1, 3, 2, 2), mask, null));
    assertTrue(e.getMessage().contains("mask row 0 is not a prefix mask"), e.getMessage());
  }
}

package dev.s2s.neural.rnn;

import static dev.s2s.neural.rnn.RnnTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

class RecurrentLayerTest {
  private static final int T = 4;
  private static final int B = 3;
  private static final int IN = 3;
  private static final int H = 4;

  @ParameterizedTest
  @EnumSource(CellType.class)
  void gradientCheckWithMaskAndInitialState(CellType type) {
    RecurrentLayer layer = new RecurrentLayer(type.create("c", IN, H, DataType.DOUBLE, new SplittableRandom(5)));
    perturbBias(layer);
    Param x = new Param("x", rand(1, T, B, IN));
    Param h0 = new Param("h0", rand(2, B, H).muli(0.5));
    INDArray mask = mask(T, 4, 2, 3);
    INDArray wOut = rand(3, T, B, H);
    INDArray wFin = rand(4, B, H);
    RecurrentLayer.Result r = layer.forward(x.value(), mask, h0.value());
    SequenceLayer.Backward g = layer.backward(r, wOut, wFin);
    setGrad(x, g.dInputs());
    setGrad(h0, g.dInitial());
    List<Param> ps = new ArrayList<>(layer.params());
    ps.add(x);
    ps.add(h0);
    double err = GradientCheck.maxRelativeError(ps, () -> {
      RecurrentLayer.Result f = layer.forward(x.value(), mask, h0.value());
      return f.outputs().mul(wOut).sumNumber().doubleValue() + f.finalState().mul(wFin).sumNumber().doubleValue();
    }, 1e-6, 40, 11);
    assertTrue(err < 1e-5, type + " relative error " + err);
  }

  @ParameterizedTest
  @EnumSource(CellType.class)
  void paddedStepsCarryStateAndFinalIsLastRealStep(CellType type) {
    RecurrentLayer layer = new RecurrentLayer(type.create("c", IN, H, DataType.DOUBLE, new SplittableRandom(5)));
    INDArray x = rand(1, T, B, IN);
    INDArray h0 = rand(2, B, H);
    INDArray mask = mask(T, 4, 2, 3);
    RecurrentLayer.Result r = layer.forward(x, mask, h0);
    // Row 1 alone over its 2 real steps must give the same final state.
    INDArray x1 = x.get(NDArrayIndex.interval(0, 2), NDArrayIndex.interval(1, 2), NDArrayIndex.all()).dup();
    RecurrentLayer.Result alone = layer.forward(x1, null, h0.getRow(1).reshape(1, H).dup());
    assertTrue(alone.finalState().getRow(0).equalsWithEps(r.finalState().getRow(1), 1e-12));
    // Outputs at padded steps 2, 3 repeat the state of step 1.
    assertTrue(r.outputs().get(NDArrayIndex.point(3), NDArrayIndex.point(1), NDArrayIndex.all())
        .equalsWithEps(r.outputs().get(NDArrayIndex.point(1), NDArrayIndex.point(1), NDArrayIndex.all()), 0));
    // Changing padded inputs changes nothing.
    INDArray x2 = x.dup();
    x2.get(NDArrayIndex.point(3), NDArrayIndex.point(1), NDArrayIndex.all()).assign(9);
    assertEquals(r.finalState(), layer.forward(x2, mask, h0).finalState());
  }

  @Test
  void tanhStepByHand() {
    // in = 1, H = 1: Wx = 0.5, U = 2, b = 0.1, h0 = 0.3, x = 1 -> h = tanh(0.5 + 0.6 + 0.1) = tanh(1.2)
    TanhRnn cell = new TanhRnn("c", 1, 1, DataType.DOUBLE, new SplittableRandom(1));
    cell.inputWeight().value().assign(0.5);
    cell.params().get(2).value().assign(2);
    cell.bias().value().assign(0.1);
    RecurrentLayer.Result r = new RecurrentLayer(cell).forward(
        org.nd4j.linalg.factory.Nd4j.ones(DataType.DOUBLE, 1, 1, 1), null,
        org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {1, 1}, 0.3, DataType.DOUBLE));
    assertEquals(Math.tanh(1.2), r.finalState().getDouble(0), 1e-12);
  }

  @ParameterizedTest
  @EnumSource(value = DataType.class, names = {"DOUBLE", "FLOAT"})
  void gruStepByHand(DataType dt) {
    // H = 1, in = 1, all weights 1 and biases 0, h0 = 0.5, x = 1:
    // r = z = sigmoid(1 + 0.5); n = tanh(1 + r * 0.5); h = z * 0.5 + (1 - z) * n  (Cho: reset before U)
    // DOUBLE runs the reference path, FLOAT the fused fast path.
    Gru cell = new Gru("g", 1, 1, dt, new SplittableRandom(1));
    for (Param p : cell.params()) {
      p.value().assign(p.name().endsWith(".b") ? 0 : 1);
    }
    RecurrentLayer.Result r = new RecurrentLayer(cell).forward(
        org.nd4j.linalg.factory.Nd4j.ones(dt, 1, 1, 1), null,
        org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {1, 1}, 0.5, dt));
    double s = 1 / (1 + Math.exp(-1.5));
    double n = Math.tanh(1 + s * 0.5);
    assertEquals(s * 0.5 + (1 - s) * n, r.finalState().getDouble(0), dt == DataType.DOUBLE ? 1e-12 : 1e-6);
  }

  /**
   * The GRU's float fast path (fused loops on raw blocks) must compute the same function and
   * gradients as the reference ND4J path, which the double gradient check above verifies: same
   * weights, inputs, mask, initial state and a per-step hook, compared to float precision. The
   * masks cover padding between real rows (lengths 4, 2, 3), the skipped padding rows after the
   * active ones (3, 2, 1, whose last step has no real row) and no padding.
   */
  @ParameterizedTest
  @MethodSource("fusedCellsAndLengths")
  void floatFastPathMatchesDoubleReference(CellType type, int[] lengths) {
    RecurrentLayer ref = new RecurrentLayer(type.create("g", IN, H, DataType.DOUBLE, new SplittableRandom(5)));
    RecurrentLayer fast = new RecurrentLayer(type.create("g", IN, H, DataType.FLOAT, new SplittableRandom(5)));
    perturbBias(ref);
    for (int i = 0; i < ref.params().size(); i++) {
      fast.params().get(i).value().assign(ref.params().get(i).value().castTo(DataType.FLOAT));
    }
    INDArray x = rand(1, T, B, IN);
    // an LSTM starts from a full carried state [h | c]
    INDArray h0 = rand(2, B, ref.cell().stateSize()).muli(0.5);
    INDArray mask = mask(T, lengths);
    INDArray wOut = rand(3, T, B, H);
    INDArray wFin = rand(4, B, H);
    INDArray hookWeight = rand(6, H, ref.cell().projectionSize()).muli(0.3);
    RecurrentLayer.Result rr = ref.forwardProjected(ref.project(x), T, B, mask, h0, linearHook(hookWeight));
    RecurrentLayer.Result rf = fast.forwardProjected(fast.project(f(x)), T, B, mask, f(h0), linearHook(f(hookWeight)));
    assertClose(rr.outputs(), rf.outputs(), "outputs");
    assertClose(rr.finalState(), rf.finalState(), "final state");
    assertClose(rr.carriedState(), rf.carriedState(), "carried state");
    RecurrentLayer.ProjectedBackward br = ref.backwardProjected(rr, wOut, wFin);
    RecurrentLayer.ProjectedBackward bf = fast.backwardProjected(rf, f(wOut), f(wFin));
    assertClose(br.dProj(), bf.dProj(), "projection gradient");
    assertClose(br.dInitial(), bf.dInitial(), "initial-state gradient");
    for (int i = 0; i < ref.params().size(); i++) {
      assertClose(ref.params().get(i).grad(), fast.params().get(i).grad(), ref.params().get(i).name() + " gradient");
    }
  }

  static Stream<Arguments> fusedCellsAndLengths() {
    List<Arguments> args = new ArrayList<>();
    for (CellType type : List.of(CellType.GRU, CellType.LSTM)) {
      for (int[] lengths : List.of(new int[] {4, 2, 3}, new int[] {3, 2, 1}, new int[] {4, 4, 4})) {
        args.add(Arguments.of(type, lengths));
      }
    }
    return args.stream();
  }

  private static INDArray f(INDArray a) {
    return a.castTo(DataType.FLOAT);
  }

  private static StepHook linearHook(INDArray weight) {
    return new StepHook() {
      @Override
      public INDArray forward(int t, INDArray prevHidden) {
        return prevHidden.mmul(weight);
      }

      @Override
      public INDArray backward(int t, INDArray dProj) {
        return dProj.mmul(weight.transpose());
      }
    };
  }

  private static void assertClose(INDArray expected, INDArray actual, String what) {
    double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
    double diff = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    assertTrue(diff <= 1e-5 * scale + 1e-6, what + ": max difference " + diff + " at scale " + scale);
  }

  @Test
  void lstmForgetBiasAndIrnnIdentity() {
    Lstm l = new Lstm("l", 2, 3, DataType.FLOAT, new SplittableRandom(1));
    assertEquals(3.0, l.bias().value().sumNumber().doubleValue(), 1e-6); // forget block of 3 ones
    assertEquals(1.0, l.bias().value().getDouble(0, 3), 0);
    Irnn i = new Irnn("i", 2, 3, 0.5, DataType.FLOAT, new SplittableRandom(1));
    assertEquals(1.5, i.params().get(2).value().sumNumber().doubleValue(), 1e-6); // 0.5 * I_3
  }

  private static void perturbBias(RecurrentLayer layer) {
    layer.cell().bias().value().addi(rand(9, layer.cell().bias().value().shape()).muli(0.1));
  }
}

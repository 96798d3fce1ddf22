package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Blas;
import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.Init;
import dev.s2s.neural.nn.Param;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * LSTM without peepholes. Gates in column order [i, f, g, o]: i, f, o = sigmoid, g = tanh of
 * x Wx + h U + b; c_t = f c_{t-1} + i g; h_t = o tanh(c_t). Wx [in, 4H], U [H, 4H] (orthogonal
 * blocks), b [1, 4H] with the forget-gate bias initialised to 1. Carried state [batch, 2H] = [h | c];
 * {@link RecurrentLayer} takes an initial state of either width: [batch, H] sets h and starts c at
 * zero, [batch, 2H] sets both (e.g. carried across truncated-BPTT segments).
 */
public final class Lstm implements FusedCell {
  private final int in;
  private final int h;
  private final Param wx;
  private final Param u;
  private final Param b;
  // float view of U for the fused path (null for other types); updated in place with the Param
  private final FloatBlock uRows;

  private static final class Ws implements Workspace {
    final INDArray gates; // [T*B, 4H] post-activation
    final INDArray tanhC; // [T*B, H]
    final int batch;
    FloatBlock gatesB;
    FloatBlock tanhCB;

    Ws(int steps, int batch, int h, DataType dt) {
      this.batch = batch;
      // every row of a step is written before it is read: no zero fill
      gates = Nd4j.createUninitialized(dt, (long) steps * batch, 4L * h);
      tanhC = Nd4j.createUninitialized(dt, (long) steps * batch, h);
      if (dt == DataType.FLOAT) {
        gatesB = FloatBlock.of(gates);
        tanhCB = FloatBlock.of(tanhC);
      }
    }
  }

  public Lstm(String name, int in, int hidden, DataType dataType, SplittableRandom rnd) {
    this.in = in;
    this.h = hidden;
    this.wx = new Param(name + ".Wx", Nd4j.zeros(dataType, in, 4L * hidden));
    this.u = new Param(name + ".U", Nd4j.zeros(dataType, hidden, 4L * hidden));
    this.b = new Param(name + ".b", Nd4j.zeros(dataType, 1, 4L * hidden));
    Init.xavierUniform(wx.value(), rnd);
    for (int k = 0; k < 4; k++) {
      INDArray block = Nd4j.zeros(dataType, hidden, hidden);
      Init.orthogonal(block, 1.0, rnd);
      Views.cols(u.value(), (long) k * hidden, (long) (k + 1) * hidden).assign(block);
    }
    Views.cols(b.value(), hidden, 2L * hidden).assign(1.0);
    this.uRows = dataType == DataType.FLOAT ? FloatBlock.of(u.value()) : null;
  }

  @Override
  public int inputSize() {
    return in;
  }

  @Override
  public int hiddenSize() {
    return h;
  }

  @Override
  public int stateSize() {
    return 2 * h;
  }

  @Override
  public int projectionSize() {
    return 4 * h;
  }

  @Override
  public Param inputWeight() {
    return wx;
  }

  @Override
  public Param bias() {
    return b;
  }

  @Override
  public List<Param> params() {
    return List.of(wx, b, u);
  }

  @Override
  public Workspace workspace(int steps, int batch, DataType dataType) {
    return new Ws(steps, batch, h, dataType);
  }

  @Override
  public void forwardStep(Workspace w, int t, INDArray proj, INDArray prev, INDArray next) {
    Ws ws = (Ws) w;
    INDArray g = Views.step(ws.gates, t, ws.batch);
    g.assign(proj);
    Blas.gemm(Views.cols(prev, 0, h), false, u.value(), false, g, 1.0, 1.0);
    Transforms.sigmoid(Views.cols(g, 0, 2L * h), false);
    Transforms.tanh(Views.cols(g, 2L * h, 3L * h), false);
    Transforms.sigmoid(Views.cols(g, 3L * h, 4L * h), false);
    INDArray i = Views.cols(g, 0, h);
    INDArray f = Views.cols(g, h, 2L * h);
    INDArray gg = Views.cols(g, 2L * h, 3L * h);
    INDArray o = Views.cols(g, 3L * h, 4L * h);
    INDArray c = Views.cols(next, h, 2L * h);
    c.assign(f.mul(Views.cols(prev, h, 2L * h))).addi(i.mul(gg));
    INDArray tc = Views.step(ws.tanhC, t, ws.batch);
    tc.assign(Transforms.tanh(c, true));
    Views.cols(next, 0, h).assign(o.mul(tc));
  }

  @Override
  public void backwardStep(Workspace w, int t, INDArray prev, INDArray next, INDArray dNext, INDArray dProj, INDArray dPrev) {
    Ws ws = (Ws) w;
    INDArray g = Views.step(ws.gates, t, ws.batch);
    INDArray i = Views.cols(g, 0, h);
    INDArray f = Views.cols(g, h, 2L * h);
    INDArray gg = Views.cols(g, 2L * h, 3L * h);
    INDArray o = Views.cols(g, 3L * h, 4L * h);
    INDArray tc = Views.step(ws.tanhC, t, ws.batch);
    INDArray dh = Views.cols(dNext, 0, h);
    // dc = dc_next + dh * o * (1 - tanh(c)^2)
    INDArray dc = tc.mul(tc).rsubi(1).muli(o).muli(dh).addi(Views.cols(dNext, h, 2L * h));
    INDArray di = dc.mul(gg).muli(i.mul(i).rsubi(i)); // * i(1-i)
    INDArray df = dc.mul(Views.cols(prev, h, 2L * h)).muli(f.mul(f).rsubi(f));
    INDArray dg = dc.mul(i).muli(gg.mul(gg).rsubi(1));
    INDArray dO = dh.mul(tc).muli(o.mul(o).rsubi(o));
    Views.cols(dProj, 0, h).assign(di);
    Views.cols(dProj, h, 2L * h).assign(df);
    Views.cols(dProj, 2L * h, 3L * h).assign(dg);
    Views.cols(dProj, 3L * h, 4L * h).assign(dO);
    Views.cols(dPrev, 0, h).assign(Blas.mmul(dProj, false, u.value(), true));
    Views.cols(dPrev, h, 2L * h).assign(dc.muli(f));
  }

  @Override
  public void forwardRows(Workspace w, int t, FloatBlock proj, FloatBlock prev, FloatBlock next, StepMask mask) {
    Ws ws = (Ws) w;
    int rows = proj.rows();
    FloatBlock g = ws.gatesB.rows(t * ws.batch, rows);
    Blas.gemm(prev.cols(0, h), false, uRows, false, g, 1f, 0f);
    LstmKernels.forward(proj, prev, g, ws.tanhCB.rows(t * ws.batch, rows), next, h, mask, t);
  }

  @Override
  public void backwardRows(Workspace w, int t, FloatBlock prev, FloatBlock dState, FloatBlock dProj, FloatBlock dPrev,
      StepMask mask) {
    Ws ws = (Ws) w;
    int rows = dProj.rows();
    FloatBlock g = ws.gatesB.rows(t * ws.batch, rows);
    LstmKernels.backward(prev, g, ws.tanhCB.rows(t * ws.batch, rows), dState, dProj, dPrev, h, mask, t);
    Blas.gemm(dProj, false, uRows, true, dPrev.cols(0, h), 1f, 1f);
  }

  @Override
  public void accumulateRecurrentGrads(Workspace ws, INDArray prevStates, INDArray dProj) {
    Blas.gemm(Views.cols(prevStates, 0, h), true, dProj, false, u.grad(), 1.0, 1.0);
  }
}

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
 * Gated recurrent unit in the original formulation of Cho et al. (2014), with the reset gate
 * applied to the previous state BEFORE the recurrent matrix product:
 *
 * <pre>
 *   r = sigmoid(x Wr + h U_r + b_r)        z = sigmoid(x Wz + h U_z + b_z)
 *   n = tanh(x Wn + (r * h) U_n + b_n)
 *   h' = z * h + (1 - z) * n
 * </pre>
 *
 * (cuDNN/PyTorch instead use n = tanh(x Wn + b_in + r * (h U_n + b_hn)); the two are different
 * functions with the same parameter count up to one bias.) Wx [in, 3H] with column blocks
 * [r, z, n], U_rz [H, 2H], U_n [H, H] (orthogonal blocks), b [1, 3H].
 */
public final class Gru implements FusedCell {
  private final int in;
  private final int h;
  private final Param wx;
  private final Param urz;
  private final Param un;
  private final Param b;
  // float views of the recurrent weights for the fused path (null for other types); a Param's
  // value array is updated in place, so the views stay valid
  private final FloatBlock urzRows;
  private final FloatBlock unRows;

  private static final class Ws implements Workspace {
    final INDArray rz; // [T*B, 2H] post-sigmoid
    final INDArray n; // [T*B, H] post-tanh
    final INDArray rh; // [T*B, H] r * h_prev
    final int batch;
    final int h;
    final DataType dt;
    FloatBlock rzB;
    FloatBlock nB;
    FloatBlock rhB;
    FloatBlock dRh; // [B, H] scratch of the fast backward

    Ws(int steps, int batch, int h, DataType dt) {
      this.batch = batch;
      this.h = h;
      this.dt = dt;
      long rows = (long) steps * batch;
      // every row of a step is written before it is read: no zero fill (it was 5% of tagging)
      rz = Nd4j.createUninitialized(dt, rows, 2L * h);
      n = Nd4j.createUninitialized(dt, rows, h);
      rh = Nd4j.createUninitialized(dt, rows, h);
      if (dt == DataType.FLOAT) {
        rzB = FloatBlock.of(rz);
        nB = FloatBlock.of(n);
        rhB = FloatBlock.of(rh);
      }
    }

    FloatBlock dRh() {
      if (dRh == null) {
        dRh = FloatBlock.of(Nd4j.createUninitialized(DataType.FLOAT, batch, h));
      }
      return dRh;
    }
  }
  public Gru(String name, int in, int hidden, DataType dataType, SplittableRandom rnd) {
    this.in = in;
    this.h = hidden;
    this.wx = new Param(name + ".Wx", Nd4j.zeros(dataType, in, 3L * hidden));
    this.urz = new Param(name + ".Urz", Nd4j.zeros(dataType, hidden, 2L * hidden));
    this.un = new Param(name + ".Un", Nd4j.zeros(dataType, hidden, hidden));
    this.b = new Param(name + ".b", Nd4j.zeros(dataType, 1, 3L * hidden));
    Init.xavierUniform(wx.value(), rnd);
    for (int k = 0; k < 2; k++) {
      INDArray block = Nd4j.zeros(dataType, hidden, hidden);
      Init.orthogonal(block, 1.0, rnd);
      Views.cols(urz.value(), (long) k * hidden, (long) (k + 1) * hidden).assign(block);
    }
    Init.orthogonal(un.value(), 1.0, rnd);
    this.urzRows = dataType == DataType.FLOAT ? FloatBlock.of(urz.value()) : null;
    this.unRows = dataType == DataType.FLOAT ? FloatBlock.of(un.value()) : null;
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
    return h;
  }

  @Override
  public int projectionSize() {
    return 3 * h;
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
    return List.of(wx, b, urz, un);
  }

  @Override
  public Workspace workspace(int steps, int batch, DataType dataType) {
    return new Ws(steps, batch, h, dataType);
  }

  @Override
  public void forwardStep(Workspace w, int t, INDArray proj, INDArray prev, INDArray next) {
    Ws ws = (Ws) w;
    INDArray rz = Views.step(ws.rz, t, ws.batch);
    rz.assign(Views.cols(proj, 0, 2L * h));
    Blas.gemm(prev, false, urz.value(), false, rz, 1.0, 1.0);
    Transforms.sigmoid(rz, false);
    INDArray rh = Views.step(ws.rh, t, ws.batch);
    Nd4j.getExecutioner().exec(new org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp(
        Views.cols(rz, 0, h), prev, rh));
    INDArray n = Views.step(ws.n, t, ws.batch);
    n.assign(Views.cols(proj, 2L * h, 3L * h));
    Blas.gemm(rh, false, un.value(), false, n, 1.0, 1.0);
    Transforms.tanh(n, false);
    // h' = n + z * (h - n)
    next.assign(prev).subi(n).muli(Views.cols(rz, h, 2L * h)).addi(n);
  }

  @Override
  public void backwardStep(Workspace w, int t, INDArray prev, INDArray next, INDArray dNext, INDArray dProj, INDArray dPrev) {
    Ws ws = (Ws) w;
    INDArray rz = Views.step(ws.rz, t, ws.batch);
    INDArray r = Views.cols(rz, 0, h);
    INDArray z = Views.cols(rz, h, 2L * h);
    INDArray n = Views.step(ws.n, t, ws.batch);
    INDArray dRz = Views.cols(dProj, 0, 2L * h);
    INDArray dN = Views.cols(dProj, 2L * h, 3L * h);
    // dn_pre = dh * (1 - z) * (1 - n^2)
    dN.assign(z.rsub(1).muli(dNext).muli(n.mul(n).rsubi(1)));
    INDArray dRh = Blas.mmul(dN, false, un.value(), true); // [B, H]
    // dz_pre = dh * (h - n) * z (1 - z); dr_pre = dRh * h * r (1 - r)
    Views.cols(dRz, h, 2L * h).assign(prev.sub(n).muli(dNext).muli(z.mul(z).rsubi(z)));
    Views.cols(dRz, 0, h).assign(dRh.mul(prev).muli(r.mul(r).rsubi(r)));
    Blas.gemm(dRz, false, urz.value(), true, dPrev, 1.0, 0.0);
    dPrev.addi(dNext.mul(z)).addi(dRh.muli(r));
  }

  @Override
  public void forwardRows(Workspace w, int t, FloatBlock proj, FloatBlock prev, FloatBlock next, StepMask mask) {
    Ws ws = (Ws) w;
    int rows = proj.rows();
    int at = t * ws.batch;
    FloatBlock rz = ws.rzB.rows(at, rows);
    FloatBlock rh = ws.rhB.rows(at, rows);
    FloatBlock n = ws.nB.rows(at, rows);
    Blas.gemm(prev, false, urzRows, false, rz, 1f, 0f);
    GruKernels.gates(proj, prev, rz, rh, h);
    Blas.gemm(rh, false, unRows, false, n, 1f, 0f);
    GruKernels.candidateAndState(proj, prev, rz, n, next, h, mask, t);
    if (rows < ws.batch) {
      // skipped padding rows: r * h enters the whole-sequence U_n gradient product (with a zero
      // projection gradient), so it must be finite, not the uninitialised memory
      ws.rhB.rows(at + rows, ws.batch - rows).fill(0f);
    }
  }

  @Override
  public void backwardRows(Workspace w, int t, FloatBlock prev, FloatBlock dState, FloatBlock dProj, FloatBlock dPrev, StepMask mask) {
    Ws ws = (Ws) w;
    int rows = dProj.rows();
    int at = t * ws.batch;
    FloatBlock rz = ws.rzB.rows(at, rows);
    FloatBlock n = ws.nB.rows(at, rows);
    FloatBlock dRh = ws.dRh().rows(0, rows);
    GruKernels.candidateAndUpdateGrads(prev, rz, n, dState, dProj, h, mask, t);
    Blas.gemm(dProj.cols(2 * h, h), false, unRows, true, dRh, 1f, 0f);
    GruKernels.resetGradsAndCarry(prev, rz, dRh, dState, dProj, dPrev, h, mask, t);
    Blas.gemm(dProj.cols(0, 2 * h), false, urzRows, true, dPrev, 1f, 1f);
  }

  @Override
  public void accumulateRecurrentGrads(Workspace w, INDArray prevStates, INDArray dProj) {
    Ws ws = (Ws) w;
    Blas.gemm(prevStates, true, Views.cols(dProj, 0, 2L * h), false, urz.grad(), 1.0, 1.0);
    Blas.gemm(ws.rh, true, Views.cols(dProj, 2L * h, 3L * h), false, un.grad(), 1.0, 1.0);
  }
}

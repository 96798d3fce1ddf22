package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Blas;
import dev.s2s.neural.nn.Init;
import dev.s2s.neural.nn.Param;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Simple (Elman) recurrence h_t = act(x_t Wx + h_{t-1} U + b); Wx [in, H], U [H, H], b [1, H].
 * Subclasses choose the activation and the initialisation of U.
 */
abstract class ElmanCell implements RecurrentCell {
  private static final Workspace NONE = new Workspace() {};
  private final int in;
  private final int hidden;
  protected final Param wx;
  protected final Param u;
  protected final Param b;

  ElmanCell(String name, int in, int hidden, DataType dataType, SplittableRandom rnd) {
    this.in = in;
    this.hidden = hidden;
    this.wx = new Param(name + ".Wx", Nd4j.zeros(dataType, in, hidden));
    this.u = new Param(name + ".U", Nd4j.zeros(dataType, hidden, hidden));
    this.b = new Param(name + ".b", Nd4j.zeros(dataType, 1, hidden));
    Init.xavierUniform(wx.value(), rnd);
  }

  /** Applies the activation in place. */
  abstract void activate(INDArray pre);

  /** Multiplies {@code d} in place by the activation's derivative expressed via its output. */
  abstract void derivative(INDArray d, INDArray out);

  @Override
  public int inputSize() {
    return in;
  }

  @Override
  public int hiddenSize() {
    return hidden;
  }

  @Override
  public int stateSize() {
    return hidden;
  }

  @Override
  public int projectionSize() {
    return hidden;
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
    return NONE;
  }

  @Override
  public void forwardStep(Workspace ws, int t, INDArray proj, INDArray prev, INDArray next) {
    next.assign(proj);
    Blas.gemm(prev, false, u.value(), false, next, 1.0, 1.0);
    activate(next);
  }

  @Override
  public void backwardStep(Workspace ws, int t, INDArray prev, INDArray next, INDArray dNext, INDArray dProj, INDArray dPrev) {
    dProj.assign(dNext);
    derivative(dProj, next);
    Blas.gemm(dProj, false, u.value(), true, dPrev, 1.0, 0.0);
  }

  @Override
  public void accumulateRecurrentGrads(Workspace ws, INDArray prevStates, INDArray dProj) {
    Blas.gemm(prevStates, true, dProj, false, u.grad(), 1.0, 1.0);
  }
}

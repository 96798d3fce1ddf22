package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Param;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One recurrent transition h_t = f(x_t, h_{t-1}), batched over rows. Every cell's pre-activations
 * split into an input part x W + b (computed for all time steps at once by {@link RecurrentLayer}
 * with one gemm, giving the "projection" [batch, projectionSize()] per step) and a recurrent part
 * that the cell computes per step.
 *
 * <p>The carried state is [batch, stateSize()]: the hidden state h (first hiddenSize() columns),
 * followed for an LSTM by its memory cell. Per-step activations needed by backward live in a
 * {@link Workspace} sized for a whole sequence; weight gradients of the recurrent matrices are
 * accumulated once per sequence by {@link #accumulateRecurrentGrads} with batched gemms.
 */
public interface RecurrentCell {
  /** Marker for a cell's per-sequence activation storage. */
  interface Workspace {}

  int inputSize();

  int hiddenSize();

  /** Columns of the carried state: hiddenSize(), or 2*hiddenSize() for an LSTM ([h | c]). */
  int stateSize();

  /** Columns of the input projection: gates * hiddenSize(). */
  int projectionSize();

  /** Input weight W [inputSize, projectionSize]. */
  Param inputWeight();

  /** Bias b [1, projectionSize]. */
  Param bias();

  /** All parameters (input weight, bias, recurrent weights). */
  List<Param> params();

  Workspace workspace(int steps, int batch, DataType dataType);

  /**
   * Computes the unmasked next state.
   *
   * @param proj x_t W + b (plus any extra per-step input projection) [batch, projectionSize]
   * @param prev previous state [batch, stateSize]
   * @param next output: next state [batch, stateSize]
   */
  void forwardStep(Workspace ws, int t, INDArray proj, INDArray prev, INDArray next);

  /**
   * Back-propagates one step.
   *
   * @param dNext gradient w.r.t. the unmasked next state [batch, stateSize]
   * @param dProj output: gradient w.r.t. this step's projection [batch, projectionSize]
   * @param dPrev output (assigned, not added): gradient w.r.t. prev [batch, stateSize]
   */
  void backwardStep(Workspace ws, int t, INDArray prev, INDArray next, INDArray dNext, INDArray dProj, INDArray dPrev);

  /**
   * Adds the recurrent-weight gradients of a whole sequence.
   *
   * @param prevStates states h_{t-1} for t = 0..T-1, [T*batch, stateSize]
   * @param dProj projection gradients of all steps [T*batch, projectionSize]
   */
  void accumulateRecurrentGrads(Workspace ws, INDArray prevStates, INDArray dProj);
}

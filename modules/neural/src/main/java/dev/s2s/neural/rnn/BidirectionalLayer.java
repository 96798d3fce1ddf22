package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.Shapes;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Two {@link RecurrentLayer}s, one reading left to right and one right to left. The reverse
 * direction reverses each row within its own length (the mask must be a prefix mask), so it starts
 * at the row's last real token and its final state is the state after the row's first token.
 * Outputs [time, batch, 2H] = [forward | backward] aligned by position; final state [batch, 2H] =
 * [forward final | backward final]; an initial state [batch, 2H] is split the same way.
 */
public final class BidirectionalLayer implements SequenceLayer {
  private final RecurrentLayer fwd;
  private final RecurrentLayer bwd;

  public BidirectionalLayer(RecurrentLayer fwd, RecurrentLayer bwd) {
    if (fwd.inputSize() != bwd.inputSize() || fwd.outputSize() != bwd.outputSize()) {
      throw new IllegalArgumentException("directions differ in size: " + fwd.inputSize() + "->" + fwd.outputSize()
          + " vs " + bwd.inputSize() + "->" + bwd.outputSize());
    }
    this.fwd = fwd;
    this.bwd = bwd;
  }

  @Override
  public int inputSize() {
    return fwd.inputSize();
  }

  @Override
  public int outputSize() {
    return 2 * fwd.outputSize();
  }

  @Override
  public List<Param> params() {
    List<Param> ps = new ArrayList<>(fwd.params());
    ps.addAll(bwd.params());
    return ps;
  }

  private static final class Result implements SequenceLayer.Forward {
    final RecurrentLayer.Result f;
    final RecurrentLayer.Result b;
    final int[] perm;
    final INDArray outputs;
    final INDArray finalState;

    Result(RecurrentLayer.Result f, RecurrentLayer.Result b, int[] perm, INDArray outputs, INDArray finalState) {
      this.f = f;
      this.b = b;
      this.perm = perm;
      this.outputs = outputs;
      this.finalState = finalState;
    }

    @Override
    public INDArray outputs() {
      return outputs;
    }

    @Override
    public INDArray finalState() {
      return finalState;
    }
  }

  @Override
  public SequenceLayer.Forward forward(INDArray x, INDArray mask, INDArray initial) {
    Shapes.require("bidirectional input [time, batch, in]", x, -1, -1, inputSize());
    int steps = (int) x.size(0);
    int batch = (int) x.size(1);
    int h = fwd.outputSize();
    int[] perm = reversal(new StepMask(mask, steps, batch, x.dataType()).lengths(), steps, batch);
    INDArray initF = null;
    INDArray initB = null;
    if (initial != null) {
      Shapes.require("bidirectional initial state [batch, 2H]", initial, batch, 2L * h);
      initF = half(initial, 0, h);
      initB = half(initial, h, 2L * h);
    }
    return combine(fwd.forward(x, mask, initF), bwd.forward(permute(x, perm), mask, initB), perm);
  }

  /** Outputs [time, batch, 2H] aligned by position and final states [batch, 2H] of both directions. */
  private static Result combine(RecurrentLayer.Result rf, RecurrentLayer.Result rb, int[] perm) {
    INDArray out = Nd4j.concat(2, rf.outputs(), permute(rb.outputs(), perm));
    INDArray fin = Nd4j.concat(1, rf.finalState(), rb.finalState());
    return new Result(rf, rb, perm, out, fin);
  }

  /**
   * The input projection x W + b of one direction, [time*batch, gates*H] for the direction's
   * {@link RecurrentLayer#cell()}: row i from input row {@code order[i]} ({@code order} null: input
   * row i).
   */
  @FunctionalInterface
  public interface InputProjection {
    INDArray project(RecurrentLayer direction, int[] order);
  }

  /** The direction reading left to right. */
  public RecurrentLayer forwardDirection() {
    return fwd;
  }

  /** The direction reading right to left. */
  public RecurrentLayer backwardDirection() {
    return bwd;
  }

  /**
   * As {@link #forward} with zero initial states, from input projections the caller computes (for
   * inference: e.g. from tables of projected word embeddings). The reverse direction asks for its
   * rows in its reading order. The result has no backward pass.
   */
  public SequenceLayer.Forward forwardProjected(InputProjection projection, int steps, int batch, INDArray mask) {
    int[] perm = reversal(new StepMask(mask, steps, batch, dataType()).lengths(), steps, batch);
    return combine(fwd.forwardProjected(projection.project(fwd, null), steps, batch, mask, null),
        bwd.forwardProjected(projection.project(bwd, perm), steps, batch, mask, null), perm);
  }

  @Override
  public SequenceLayer.Backward backward(SequenceLayer.Forward f, INDArray dOutputs, INDArray dFinal) {
    Result r = (Result) f;
    int h = fwd.outputSize();
    INDArray dOf = null;
    INDArray dOb = null;
    if (dOutputs != null) {
      dOf = dOutputs.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, h)).dup('c');
      dOb = permute(dOutputs.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(h, 2 * h)).dup('c'), r.perm);
    }
    INDArray dFf = dFinal == null ? null : half(dFinal, 0, h);
    INDArray dFb = dFinal == null ? null : half(dFinal, h, 2L * h);
    SequenceLayer.Backward bf = fwd.backward(r.f, dOf, dFf);
    SequenceLayer.Backward bb = bwd.backward(r.b, dOb, dFb);
    INDArray dx = bf.dInputs().addi(permute(bb.dInputs(), r.perm));
    return new SequenceLayer.Backward(dx, Nd4j.concat(1, bf.dInitial(), bb.dInitial()));
  }

  /** Row permutation of time-flattened rows reversing each row b within its length. */
  static int[] reversal(int[] lengths, int steps, int batch) {
    int[] perm = new int[steps * batch];
    for (int t = 0; t < steps; t++) {
      for (int b = 0; b < batch; b++) {
        int src = t < lengths[b] ? lengths[b] - 1 - t : t;
        perm[t * batch + b] = src * batch + b;
      }
    }
    return perm;
  }

  /** Applies the (self-inverse) row permutation to [time, batch, d]. */
  static INDArray permute(INDArray a, int[] perm) {
    INDArray flat = Shapes.contiguous(a).reshape('c', a.size(0) * a.size(1), a.size(2));
    return Nd4j.pullRows(flat, 1, perm).reshape('c', a.size(0), a.size(1), a.size(2));
  }

  private static INDArray half(INDArray a, long from, long to) {
    return a.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to)).dup('c');
  }

  /** Data type of the parameters. */
  DataType dataType() {
    return fwd.cell().inputWeight().value().dataType();
  }
}

package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Blas;
import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.Shapes;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs a {@link RecurrentCell} left to right over [time, batch, in] with a mask. At padded steps
 * (mask 0) a row carries its previous state unchanged, so the final state is each row's state
 * after its last real step (outputs at padded steps repeat that state). All input projections
 * x W + b are computed with one gemm [time*batch, in] x [in, gates*H]; the recurrent-weight
 * gradients with one gemm per sequence.
 *
 * <p>{@link #forwardProjected} / {@link #backwardProjected} expose the projection so that a caller
 * can add extra terms to it (e.g. a decoder's constant context projection) and receive its
 * gradient.
 */
public final class RecurrentLayer implements SequenceLayer {
  private final RecurrentCell cell;

  public RecurrentLayer(RecurrentCell cell) {
    this.cell = cell;
  }

  public RecurrentCell cell() {
    return cell;
  }

  @Override
  public int inputSize() {
    return cell.inputSize();
  }

  @Override
  public int outputSize() {
    return cell.hiddenSize();
  }

  @Override
  public List<Param> params() {
    return cell.params();
  }

  /** Forward state of one call. */
  public static final class Result implements SequenceLayer.Forward {
    final INDArray xFlat; // [T*B, in] or null when the projection was given
    final INDArray states; // [(T+1)*B, S]; block 0 = initial state
    final RecurrentCell.Workspace ws;
    final StepMask mask;
    final int steps;
    final int batch;
    final int hidden;
    final int stateSize;
    StepHook hook;
    private final INDArray outputs;
    private final INDArray finalState;

    Result(INDArray xFlat, INDArray states, RecurrentCell.Workspace ws, StepMask mask, int steps, int batch, int hidden, int stateSize) {
      this.xFlat = xFlat;
      this.states = states;
      this.ws = ws;
      this.mask = mask;
      this.steps = steps;
      this.batch = batch;
      this.hidden = hidden;
      this.stateSize = stateSize;
      INDArray all = Views.steps(states, 1, steps + 1, batch);
      INDArray h = (stateSize == hidden ? all : Views.cols(all, 0, hidden)).dup('c');
      this.outputs = h.reshape('c', steps, batch, hidden);
      INDArray last = Views.step(states, steps, batch);
      this.finalState = (stateSize == hidden ? last : Views.cols(last, 0, hidden)).dup('c');
    }

    @Override
    public INDArray outputs() {
      return outputs;
    }

    /** The whole carried state after the last step [batch, stateSize] (an LSTM's [h | c]), a copy. */
    public INDArray carriedState() {
      return Views.step(states, steps, batch).dup('c');
    }

    @Override
    public INDArray finalState() {
      return finalState;
    }
  }

  /** Input projection x W + b for x [time, batch, in]: [time*batch, gates*H]. */
  public INDArray project(INDArray x) {
    INDArray flat = flat(x);
    return Blas.mmul(flat, cell.inputWeight().value()).addiRowVector(cell.bias().value());
  }

  /**
   * One unmasked step for inference: the next state [n, stateSize] from a projection [n,
   * projectionSize] and the previous state [n, stateSize].
   */
  public INDArray step(INDArray proj, INDArray prev) {
    int n = (int) prev.size(0);
    Shapes.require("step projection [n, gates*H]", proj, n, cell.projectionSize());
    Shapes.require("previous state [n, stateSize]", prev, n, cell.stateSize());
    DataType dt = proj.dataType();
    RecurrentCell.Workspace ws = cell.workspace(1, n, dt);
    INDArray next = Nd4j.createUninitialized(dt, n, cell.stateSize());
    if (fused(dt) && FloatBlock.fits(proj) && FloatBlock.fits(prev)) {
      ((FusedCell) cell).forwardRows(ws, 0, FloatBlock.of(proj), FloatBlock.of(prev), FloatBlock.of(next),
          new StepMask(null, 1, n, dt));
    } else {
      cell.forwardStep(ws, 0, proj, prev, next);
    }
    return next;
  }

  @Override
  public Result forward(INDArray x, INDArray mask, INDArray initial) {
    Shapes.require("recurrent layer input [time, batch, in]", x, -1, -1, cell.inputSize());
    int steps = (int) x.size(0);
    int batch = (int) x.size(1);
    INDArray flat = flat(x);
    INDArray proj = Blas.mmul(flat, cell.inputWeight().value()).addiRowVector(cell.bias().value());
    return run(flat, proj, steps, batch, mask, initial);
  }

  /**
   * Forward from a precomputed projection.
   *
   * @param proj [time*batch, gates*H] = x W + b (+ extra terms)
   */
  public Result forwardProjected(INDArray proj, int steps, int batch, INDArray mask, INDArray initial) {
    return forwardProjected(proj, steps, batch, mask, initial, null);
  }

  /**
   * Forward from a precomputed projection with a per-step hook whose output is added to the
   * projection of each step (in place) before the cell runs; backwardProjected calls the hook back.
   */
  public Result forwardProjected(INDArray proj, int steps, int batch, INDArray mask, INDArray initial, StepHook hook) {
    Shapes.require("recurrent projection [time*batch, gates*H]", proj, (long) steps * batch, cell.projectionSize());
    return run(null, proj, steps, batch, mask, initial, hook);
  }

  private Result run(INDArray flat, INDArray proj, int steps, int batch, INDArray mask, INDArray initial) {
    return run(flat, proj, steps, batch, mask, initial, null);
  }

  private Result run(INDArray flat, INDArray proj, int steps, int batch, INDArray mask, INDArray initial, StepHook hook) {
    int h = cell.hiddenSize();
    int s = cell.stateSize();
    DataType dt = proj.dataType();
    StepMask m = new StepMask(mask, steps, batch, dt);
    INDArray states = Nd4j.zeros(dt, (long) (steps + 1) * batch, s);
    if (initial != null) {
      if (initial.rank() != 2 || initial.size(0) != batch || (initial.size(1) != h && initial.size(1) != s)) {
        throw new IllegalArgumentException("initial state has shape " + java.util.Arrays.toString(initial.shape())
            + ", expected [" + batch + ", " + h + "] (hidden) or [" + batch + ", " + s + "] (full carried state)");
      }
      Views.cols(Views.step(states, 0, batch), 0, initial.size(1)).assign(initial);
    }
    RecurrentCell.Workspace ws = cell.workspace(steps, batch, dt);
    if (fused(dt) && FloatBlock.fits(proj)) {
      runFused((FusedCell) cell, ws, proj, states, steps, batch, m, hook);
      Result r = new Result(flat, states, ws, m, steps, batch, h, s);
      r.hook = hook;
      return r;
    }
    for (int t = 0; t < steps; t++) {
      INDArray prev = Views.step(states, t, batch);
      INDArray next = Views.step(states, t + 1, batch);
      INDArray projT = Views.step(proj, t, batch);
      if (hook != null) {
        projT.addi(hook.forward(t, s == h ? prev : Views.cols(prev, 0, h)));
      }
      cell.forwardStep(ws, t, projT, prev, next);
      if (!m.full(t)) {
        next.subi(prev).muliColumnVector(m.keep(t)).addi(prev);
      }
    }
    Result r = new Result(flat, states, ws, m, steps, batch, h, s);
    r.hook = hook;
    return r;
  }

  @Override
  public SequenceLayer.Backward backward(SequenceLayer.Forward f, INDArray dOutputs, INDArray dFinal) {
    Result r = (Result) f;
    if (r.xFlat == null) {
      throw new IllegalStateException("forward was given a projection: use backwardProjected");
    }
    ProjectedBackward pb = backwardProjected(r, dOutputs, dFinal);
    Param w = cell.inputWeight();
    Blas.gemm(r.xFlat, true, pb.dProj(), false, w.grad(), 1.0, 1.0);
    cell.bias().grad().addi(pb.dProj().sum(true, 0));
    INDArray dx = Blas.mmul(pb.dProj(), false, w.value(), true);
    return new SequenceLayer.Backward(dx.reshape('c', r.steps, r.batch, cell.inputSize()), pb.dInitial());
  }

  /**
   * Gradients with respect to the projection and the initial state.
   *
   * @param dProj [time*batch, gates*H]
   * @param dInitial [batch, hidden]
   */
  public record ProjectedBackward(INDArray dProj, INDArray dInitial) {}

  /**
   * Back-propagation through time; adds recurrent-weight gradients only (the caller owns the
   * projection's gradient; the input weight and bias get theirs in {@link #backward}).
   */
  public ProjectedBackward backwardProjected(Result r, INDArray dOutputs, INDArray dFinal) {
    int b = r.batch;
    int h = r.hidden;
    DataType dt = r.states.dataType();
    INDArray dProj = Nd4j.zeros(dt, (long) r.steps * b, cell.projectionSize());
    INDArray dState = Nd4j.zeros(dt, b, r.stateSize);
    INDArray dPrev = Nd4j.zeros(dt, b, r.stateSize);
    INDArray dStateH = r.stateSize == h ? dState : Views.cols(dState, 0, h);
    if (dFinal != null) {
      Shapes.require("final-state gradient [batch, hidden]", dFinal, b, h);
      dStateH.addi(dFinal);
    }
    INDArray dOutFlat = null;
    if (dOutputs != null) {
      Shapes.require("output gradient [time, batch, hidden]", dOutputs, r.steps, b, h);
      dOutFlat = Shapes.contiguous(dOutputs).reshape('c', (long) r.steps * b, h);
    }
    if (fused(dt)) {
      INDArray dInitial = backwardFused(r, dProj, dState, dPrev, dOutFlat);
      cell.accumulateRecurrentGrads(r.ws, Views.steps(r.states, 0, r.steps, b), dProj);
      return new ProjectedBackward(dProj, dInitial);
    }
    for (int t = r.steps - 1; t >= 0; t--) {
      if (dOutFlat != null) {
        dStateH.addi(Views.step(dOutFlat, t, b));
      }
      INDArray prev = Views.step(r.states, t, b);
      INDArray next = Views.step(r.states, t + 1, b);
      INDArray dp = Views.step(dProj, t, b);
      if (r.mask.full(t)) {
        cell.backwardStep(r.ws, t, prev, next, dState, dp, dPrev);
      } else {
        cell.backwardStep(r.ws, t, prev, next, dState.mulColumnVector(r.mask.keep(t)), dp, dPrev);
        dPrev.addi(dState.muliColumnVector(r.mask.carry(t)));
      }
      if (r.hook != null) {
        INDArray dh = r.hook.backward(t, dp);
        if (dh != null) {
          (r.stateSize == h ? dPrev : Views.cols(dPrev, 0, h)).addi(dh);
        }
      }
      INDArray tmp = dState;
      dState = dPrev;
      dPrev = tmp;
      dStateH = r.stateSize == h ? dState : Views.cols(dState, 0, h);
    }
    cell.accumulateRecurrentGrads(r.ws, Views.steps(r.states, 0, r.steps, b), dProj);
    return new ProjectedBackward(dProj, dStateH.dup('c'));
  }

  /** Whether the float fast path of a {@link FusedCell} applies. */
  private boolean fused(DataType dt) {
    return dt == DataType.FLOAT && cell instanceof FusedCell;
  }

  /**
   * The float fast path. Each step runs the cell on its active rows only ({@link
   * StepMask#activeRows}); the padding rows after them carry their state unchanged, as masked rows
   * do, so in a batch sorted by decreasing length no work is spent on padding.
   */
  private static void runFused(FusedCell fc, RecurrentCell.Workspace ws, INDArray proj, INDArray states, int steps,
      int batch, StepMask m, StepHook hook) {
    FloatBlock p = FloatBlock.of(proj);
    FloatBlock st = FloatBlock.of(states);
    for (int t = 0; t < steps; t++) {
      if (hook != null) {
        INDArray prev = Views.step(states, t, batch);
        int h = fc.hiddenSize();
        Views.step(proj, t, batch).addi(hook.forward(t, fc.stateSize() == h ? prev : Views.cols(prev, 0, h)));
      }
      int active = m.activeRows(t);
      if (active > 0) {
        fc.forwardRows(ws, t, p.rows(t * batch, active), st.rows(t * batch, active),
            st.rows((t + 1) * batch, active), m);
      }
      if (active < batch) {
        st.rows(t * batch + active, batch - active).copyTo(st.rows((t + 1) * batch + active, batch - active));
      }
    }
  }

  /** Fast back-propagation through time; returns the initial-state gradient [batch, hidden]. */
  private INDArray backwardFused(Result r, INDArray dProj, INDArray dState, INDArray dPrev, INDArray dOutFlat) {
    FusedCell fc = (FusedCell) cell;
    int b = r.batch;
    FloatBlock dp = FloatBlock.of(dProj);
    FloatBlock st = FloatBlock.of(r.states);
    FloatBlock dOut = dOutFlat == null ? null : FloatBlock.of(dOutFlat);
    INDArray dS = dState;
    INDArray dP = dPrev;
    for (int t = r.steps - 1; t >= 0; t--) {
      FloatBlock ds = FloatBlock.of(dS);
      if (dOut != null) {
        addInto(ds.cols(0, r.hidden), dOut.rows(t * b, b));
      }
      int active = r.mask.activeRows(t);
      FloatBlock dpr = FloatBlock.of(dP);
      if (active > 0) {
        fc.backwardRows(r.ws, t, st.rows(t * b, active), ds.rows(0, active), dp.rows(t * b, active),
            dpr.rows(0, active), r.mask);
      }
      if (active < b) {
        // padding rows pass their state gradient through; their projection gradient stays zero
        ds.rows(active, b - active).copyTo(dpr.rows(active, b - active));
      }
      if (r.hook != null) {
        INDArray dh = r.hook.backward(t, Views.step(dProj, t, b));
        if (dh != null) {
          (r.stateSize == r.hidden ? dP : Views.cols(dP, 0, r.hidden)).addi(dh);
        }
      }
      INDArray tmp = dS;
      dS = dP;
      dP = tmp;
    }
    return (r.stateSize == r.hidden ? dS : Views.cols(dS, 0, r.hidden)).dup('c');
  }

  /** target += source, element-wise (same shape). */
  private static void addInto(FloatBlock target, FloatBlock source) {
    java.nio.FloatBuffer tb = target.buffer();
    java.nio.FloatBuffer sb = source.buffer();
    for (int i = 0; i < target.rows(); i++) {
      int ti = target.index(i, 0);
      int si = source.index(i, 0);
      for (int j = 0; j < target.cols(); j++) {
        tb.put(ti + j, tb.get(ti + j) + sb.get(si + j));
      }
    }
  }

  private static INDArray flat(INDArray x) {
    return Shapes.contiguous(x).reshape('c', x.size(0) * x.size(1), x.size(2));
  }
}

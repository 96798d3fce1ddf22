package dev.s2s.tasks.lm;

import dev.s2s.neural.nn.Shapes;
import dev.s2s.neural.rnn.RecurrentCell;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * How an error fed into the hidden state of a recurrent cell at the last step shrinks or grows as
 * the cell's own backward pass carries it back through time. With states S_0 (given) and S_{j+1} =
 * f(S_j, x_j) for j = 0..T-1, the gradient {@code u} is placed on the hidden part h of S_T and
 * back-propagated step by step with {@link RecurrentCell#backwardStep}; the result for distance d
 * is, per batch row, the L2 norm of the hidden part of dS_{T-d}, i.e. {@code ||u^T dh_T/dh_{T-d}||}
 * (for an LSTM the path through the memory cell is included; its initial memory is zero). The
 * inputs are held fixed: only the recurrence is differentiated.
 */
public final class BackpropNorms {
  private BackpropNorms() {}

  /**
   * @param cell the recurrent cell
   * @param proj input projections x_j W + b of all steps, {@code [T*B, projectionSize]}, time-major
   * @param initialHidden h part of S_0 {@code [B, H]}, or null for zeros
   * @param unit gradient on h_T {@code [B, H]} (e.g. random unit rows)
   * @param maxDistance largest d, at most T
   * @return {@code norms[d][b]} for d = 0..maxDistance (d = 0 gives the norms of {@code unit})
   */
  public static double[][] compute(RecurrentCell cell, INDArray proj, INDArray initialHidden, INDArray unit, int maxDistance) {
    int h = cell.hiddenSize();
    int s = cell.stateSize();
    int batch = (int) unit.size(0);
    Shapes.require("unit gradient [batch, hidden]", unit, batch, h);
    if (proj.size(0) % batch != 0) {
      throw new IllegalArgumentException("projection rows " + proj.size(0) + " not a multiple of batch " + batch);
    }
    int steps = (int) (proj.size(0) / batch);
    Shapes.require("projection [time*batch, gates*hidden]", proj, (long) steps * batch, cell.projectionSize());
    if (maxDistance < 0 || maxDistance > steps) {
      throw new IllegalArgumentException("maxDistance " + maxDistance + " outside [0, " + steps + "]");
    }
    DataType dt = proj.dataType();
    INDArray states = Nd4j.zeros(dt, (long) (steps + 1) * batch, s);
    if (initialHidden != null) {
      Shapes.require("initial hidden [batch, hidden]", initialHidden, batch, h);
      cols(rows(states, 0, batch), 0, h).assign(initialHidden);
    }
    RecurrentCell.Workspace ws = cell.workspace(steps, batch, dt);
    for (int t = 0; t < steps; t++) {
      cell.forwardStep(ws, t, rows(proj, t, batch), rows(states, t, batch), rows(states, t + 1, batch));
    }
    INDArray dNext = Nd4j.zeros(dt, batch, s);
    cols(dNext, 0, h).assign(unit);
    INDArray dPrev = Nd4j.zeros(dt, batch, s);
    INDArray dProj = Nd4j.zeros(dt, batch, cell.projectionSize());
    double[][] norms = new double[maxDistance + 1][];
    norms[0] = rowNorms(cols(dNext, 0, h));
    for (int d = 1; d <= maxDistance; d++) {
      int t = steps - d;
      cell.backwardStep(ws, t, rows(states, t, batch), rows(states, t + 1, batch), dNext, dProj, dPrev);
      norms[d] = rowNorms(cols(dPrev, 0, h));
      INDArray tmp = dNext;
      dNext = dPrev;
      dPrev = tmp;
    }
    return norms;
  }

  private static double[] rowNorms(INDArray a) {
    INDArray n = a.norm2(1).castTo(DataType.DOUBLE);
    return n.toDoubleVector();
  }

  private static INDArray rows(INDArray flat, int t, int batch) {
    return flat.get(NDArrayIndex.interval((long) t * batch, (long) (t + 1) * batch), NDArrayIndex.all());
  }

  private static INDArray cols(INDArray a, long from, long to) {
    return a.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
  }
}

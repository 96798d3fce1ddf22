package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.FloatBlock;

/**
 * A {@link RecurrentCell} with a float fast path: each step works on {@link FloatBlock} row blocks
 * of the sequence's arrays with fused loops, instead of ND4J views and temporaries.
 * {@link RecurrentLayer} uses it for FLOAT data; the {@link RecurrentCell} methods remain the
 * reference (and serve other data types). Both paths must compute the same function.
 *
 * <p>Shapes as in {@link RecurrentCell}: proj/dProj [batch, projectionSize], prev/next/dState/dPrev
 * [batch, stateSize], where batch may be fewer than the workspace's rows: the step's first rows
 * (its active rows, {@link StepMask#activeRows}). Rows whose mask value is 0 keep their previous
 * state (forward) and pass the state gradient straight through (backward), with a zero projection
 * gradient.
 */
interface FusedCell extends RecurrentCell {
  /** next = mask ? cell(proj, prev) : prev, row by row. */
  void forwardRows(Workspace ws, int t, FloatBlock proj, FloatBlock prev, FloatBlock next, StepMask mask);

  /**
   * Back-propagates step t: writes dProj (assigned) and dPrev (assigned) from dState, the
   * gradient with respect to the masked next state.
   */
  void backwardRows(Workspace ws, int t, FloatBlock prev, FloatBlock dState, FloatBlock dProj, FloatBlock dPrev, StepMask mask);
}

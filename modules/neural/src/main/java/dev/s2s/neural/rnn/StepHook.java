package dev.s2s.neural.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adds a per-step term, computed from the previous hidden state, to a {@link RecurrentLayer}'s
 * input projection (e.g. an attention context times its input weight), and back-propagates it.
 */
public interface StepHook {
  /**
   * @param prevHidden h_{t-1} [batch, hidden] (do not modify)
   * @return extra projection [batch, projectionSize] added to step t's projection
   */
  INDArray forward(int t, INDArray prevHidden);

  /**
   * @param dProj gradient of step t's projection [batch, projectionSize]
   * @return gradient with respect to prevHidden [batch, hidden], or null
   */
  INDArray backward(int t, INDArray dProj);
}

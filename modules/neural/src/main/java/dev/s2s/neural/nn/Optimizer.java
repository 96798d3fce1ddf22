package dev.s2s.neural.nn;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A first-order update rule over a fixed list of {@link Param}s: {@link #step()} applies one update
 * from the gradients the params hold (it does not zero them). The state an exact resume needs is
 * the arrays of {@link #state()} (same shapes as the params, keyed by param name) and {@link
 * #stepCount()}.
 */
public interface Optimizer {
  /** The name a config selects it by, e.g. "adam". */
  String name();

  /** Applies one update from the current gradients. */
  void step();

  double learningRate();

  void setLearningRate(double lr);

  /** Number of updates applied so far. */
  long stepCount();

  /** The per-parameter state arrays (live, not copies); empty for a stateless rule. */
  Map<String, INDArray> state();

  /**
   * Restores what {@link #state()} and {@link #stepCount()} exported.
   *
   * @param source the file the state came from, for error messages
   */
  void loadState(Map<String, INDArray> state, long stepCount, String source);
}

package dev.s2s.neural.search;

import dev.s2s.neural.nn.ScoreRows;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What search needs from a decoder: step-wise next-token log-probabilities for n rows of state of
 * type {@code S}, and row selection (for beam reordering/expansion).
 */
public interface StepDecoder<S> {
  int vocabSize();

  /** Feeds one previous token per row, advances {@code state} in place, returns log p(y_t) [n, vocab]. */
  INDArray step(S state, int[] prev);

  /**
   * As {@link #step(Object, int[])}, with log p(y_t) written into {@code into} (resized to [n,
   * vocab]): search reads the scores from a Java array, and a decoder that can fill it directly
   * saves a native copy. The default copies the result of {@code step}.
   */
  default void step(S state, int[] prev, ScoreRows into) {
    into.copyFrom(step(state, prev));
  }

  /** A new state made of rows {@code rows} of {@code state} (rows may repeat). */
  S select(S state, int[] rows);
}

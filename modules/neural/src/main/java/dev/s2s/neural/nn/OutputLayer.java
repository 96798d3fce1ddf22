package dev.s2s.neural.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The last layer of a language-model-like decoder: maps hidden vectors [n, inputSize] to a
 * distribution over {@link #vocabSize()} tokens. Implementations: {@link SoftmaxOutputLayer}
 * (full softmax), {@link TiedSoftmaxOutputLayer} (full softmax over the embedding table) and {@link
 * ClassBasedSoftmax}.
 */
public interface OutputLayer {
  int inputSize();

  int vocabSize();

  List<Param> params();

  /**
   * Teacher-forced loss of {@code targets} [n] under the rows of {@code hidden} [n, inputSize],
   * counting rows whose {@code mask} entry is non-zero.
   */
  Loss loss(INDArray hidden, int[] targets, float[] mask);

  /** Log-probabilities [n, vocabSize] (inference; no gradient state kept). */
  INDArray logProbs(INDArray hidden);

  /** {@link #logProbs(INDArray)} into {@code into} (resized to [n, vocabSize]). */
  default void logProbs(INDArray hidden, ScoreRows into) {
    into.copyFrom(logProbs(hidden));
  }

  /** A forward loss result that can be back-propagated once. */
  interface Loss {
    /** Summed NLL in nats over counted rows. */
    double nll();

    /** Number of counted rows. */
    long tokens();

    /** Per-row NLL (0 for masked rows), length n. */
    double[] rowNll();

    /**
     * Adds the gradient of {@code scale} * nll() into the layer's parameter gradients and returns
     * the gradient with respect to the hidden input [n, inputSize].
     */
    default INDArray backward(double scale) {
      return backward(scale, 0);
    }

    /**
     * As {@link #backward(double)} for the label-smoothed cross-entropy with epsilon {@code
     * smoothing} ({@link SoftmaxCrossEntropy}); 0 is the plain NLL.
     *
     * @throws UnsupportedOperationException if the layer has no smoothed loss and smoothing != 0
     */
    INDArray backward(double scale, double smoothing);
  }
}

package dev.s2s.neural.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Result of {@link ClassBasedSoftmax#forward}: per-example log-probabilities of the targets, the
 * masked NLL sum and count, and caches for backward.
 *
 * <p>Caches: the hidden states {@code [n, H]} (also as row-major doubles), the class
 * log-probabilities {@code [n, C]}, the target classes and the masked-in examples grouped by class
 * (for each present class: the example indices, the within-class target columns and the
 * within-class probabilities, row-major {@code [m, |class|]}).
 */
public final class ClassSoftmaxForward implements OutputLayer.Loss {
  private final ClassBasedSoftmax layer;
  private final double[] logProbs;
  private final double nll;
  private final long count;
  final INDArray hidden;
  final INDArray classLogProbs;
  final int[] targetClass;
  final double[] mask;
  final double[] h;
  final List<ClassGroup> groups;

  /** The masked-in examples whose target lies in one class. */
  record ClassGroup(int cls, int[] members, int[] column, double[] probs) {}

  ClassSoftmaxForward(
      ClassBasedSoftmax layer, double[] logProbs, double[] mask, INDArray hidden, double[] h,
      INDArray classLogProbs, int[] targetClass, List<ClassGroup> groups) {
    this.layer = layer;
    this.logProbs = logProbs;
    this.mask = mask;
    this.hidden = hidden;
    this.classLogProbs = classLogProbs;
    this.targetClass = targetClass;
    this.groups = groups;
    this.h = h;
    double sum = 0;
    long n = 0;
    for (int i = 0; i < logProbs.length; i++) {
      if (mask[i] != 0) {
        sum -= logProbs[i];
        n++;
      }
    }
    this.nll = sum;
    this.count = n;
  }

  /** Summed negative log-likelihood (nats) over the masked-in examples. */
  @Override
  public double nll() {
    return nll;
  }

  /** Number of masked-in examples. */
  @Override
  public long tokens() {
    return count;
  }

  /** -log P(target_i | h_i) per example, 0 where masked out. */
  @Override
  public double[] rowNll() {
    double[] r = new double[logProbs.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = mask[i] != 0 ? -logProbs[i] : 0;
    }
    return r;
  }

  /**
   * Same as {@link ClassBasedSoftmax#backward(ClassSoftmaxForward, double)} on this result.
   *
   * @throws UnsupportedOperationException for {@code smoothing != 0}: the factored distribution has
   *     no label-smoothed loss here
   */
  @Override
  public INDArray backward(double scale, double smoothing) {
    if (smoothing != 0) {
      throw new UnsupportedOperationException("label smoothing " + smoothing + " with a class-based softmax");
    }
    return layer.backward(this, scale);
  }

  /** log P(target_i | h_i) per example (NaN where masked out). */
  public double[] logProbs() {
    return logProbs.clone();
  }
}

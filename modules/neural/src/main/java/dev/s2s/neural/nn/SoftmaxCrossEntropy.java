package dev.s2s.neural.nn;

import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Softmax cross-entropy over logits [n, vocab] with integer targets [n] and a mask [n] (1 counts,
 * 0 ignores). Natural-log NLL. The result keeps the probabilities so the gradient can be formed.
 *
 * <p>Label smoothing with epsilon (Szegedy et al. 2016; the variant of fairseq's
 * {@code label_smoothed_cross_entropy}): the gradient is that of the cross-entropy against q_i =
 * (1 - epsilon) at the target and epsilon / (vocab - 1) at every other entry, summed over counted
 * rows. The reported NLL stays the plain one (-log p of the target), so validation loss and
 * perplexity do not depend on epsilon.
 */
public final class SoftmaxCrossEntropy {
  private SoftmaxCrossEntropy() {}

  /** Forward result: summed NLL (nats) over counted rows, the count, and per-row NLL. */
  public static final class Result {
    private final INDArray logProbs;
    private final int[] targets;
    private final float[] mask;
    private final double nll;
    private final long tokens;
    private final double[] rowNll;

    Result(INDArray logProbs, int[] targets, float[] mask, double nll, long tokens, double[] rowNll) {
      this.logProbs = logProbs;
      this.targets = targets;
      this.mask = mask;
      this.nll = nll;
      this.tokens = tokens;
      this.rowNll = rowNll;
    }

    /** Summed negative log-likelihood in nats over counted rows. */
    public double nll() {
      return nll;
    }

    /** Number of counted rows (mask 1). */
    public long tokens() {
      return tokens;
    }

    /** NLL of every row (0 for masked rows). */
    public double[] rowNll() {
      return rowNll;
    }

    /**
     * This result as an output layer's loss whose backward pass maps the logits' gradient to the
     * input's with {@code logitsToInput} (which also adds the layer's parameter gradients).
     */
    public OutputLayer.Loss asLoss(UnaryOperator<INDArray> logitsToInput) {
      Result r = this;
      return new OutputLayer.Loss() {
        @Override
        public double nll() {
          return r.nll();
        }

        @Override
        public long tokens() {
          return r.tokens();
        }

        @Override
        public double[] rowNll() {
          return r.rowNll();
        }

        @Override
        public INDArray backward(double scale, double smoothing) {
          return logitsToInput.apply(r.gradient(scale, smoothing));
        }
      };
    }

    /** {@link #gradient} in one pass over float memory (same formula). */
    private INDArray floatGradient(double scale, double smoothing) {
      FloatBlock g = FloatBlock.of(logProbs);
      RowMath math = RowMath.get();
      int v = g.cols();
      float[] row = new float[v];
      float other = (float) otherShare(smoothing, v);
      float extraAtTarget = (float) (1 - smoothing) - other;
      for (int i = 0; i < g.rows(); i++) {
        float rowScale = (float) (mask[i] * scale);
        g.readRow(i, 0, row, 0, v);
        math.exp(row, 0, v);
        for (int j = 0; j < v; j++) {
          row[j] = (row[j] - other) * rowScale;
        }
        if (mask[i] != 0) {
          row[targets[i]] -= extraAtTarget * rowScale;
        }
        g.writeRow(i, 0, row, 0, v);
      }
      return logProbs;
    }

    /** Log-probabilities [n, vocab]. */
    public INDArray logProbs() {
      return logProbs;
    }

    /**
     * Gradient of {@code scale} * summed NLL with respect to the logits: scale * mask_i *
     * (softmax_i - onehot(target_i)), [n, vocab]. Consumes the stored log-probabilities.
     */
    public INDArray gradient(double scale) {
      return gradient(scale, 0);
    }

    /**
     * Gradient of {@code scale} * the label-smoothed cross-entropy with respect to the logits:
     * scale * mask_i * (softmax_i - q_i), [n, vocab], q_i as in the class comment; {@code
     * smoothing} 0 gives {@link #gradient(double)}. Consumes the stored log-probabilities.
     *
     * @param smoothing epsilon, 0 <= epsilon < 1
     */
    public INDArray gradient(double scale, double smoothing) {
      requireSmoothing(smoothing);
      if (FloatBlock.fits(logProbs)) {
        return floatGradient(scale, smoothing);
      }
      INDArray g = Transforms.exp(logProbs, false);
      long v = g.size(1);
      double other = otherShare(smoothing, v);
      if (other != 0) {
        g.subi(other);
      }
      INDArray rowScale = Nd4j.create(g.dataType(), mask.length, 1);
      for (int i = 0; i < targets.length; i++) {
        if (mask[i] != 0) {
          long idx = i * v + targets[i];
          g.data().put(idx, g.data().getDouble(idx) - (1 - smoothing - other));
        }
        rowScale.data().put(i, mask[i] * scale);
      }
      return g.muliColumnVector(rowScale);
    }
  }

  /**
   * Checks a label-smoothing epsilon: 0 <= epsilon < 1.
   *
   * @return epsilon
   * @throws IllegalArgumentException otherwise
   */
  public static double requireSmoothing(double epsilon) {
    if (!(epsilon >= 0 && epsilon < 1)) {
      throw new IllegalArgumentException("label smoothing " + epsilon + " outside [0, 1)");
    }
    return epsilon;
  }

  /** The smoothed target mass of each non-target entry: epsilon / (vocab - 1), 0 for one entry. */
  private static double otherShare(double smoothing, long vocab) {
    return vocab > 1 ? smoothing / (vocab - 1) : 0;
  }

  /**
   * @param logits [n, vocab]
   * @param targets n target ids (masked rows may hold any valid id, e.g. padding)
   * @param mask n weights, 1 for counted rows, 0 for ignored ones
   */
  public static Result forward(INDArray logits, int[] targets, float[] mask) {
    Shapes.require("logits", logits, targets.length, -1);
    if (mask.length != targets.length) {
      throw new IllegalArgumentException("mask length " + mask.length + " != targets " + targets.length);
    }
    long v = logits.size(1);
    INDArray lp = LogSoftmax.inPlace(logits.dup('c'));
    double nll = 0;
    long tokens = 0;
    double[] rowNll = new double[targets.length];
    for (int i = 0; i < targets.length; i++) {
      if (targets[i] < 0 || targets[i] >= v) {
        throw new IllegalArgumentException("target id " + targets[i] + " outside vocabulary [0, " + v + ")");
      }
      if (mask[i] != 0) {
        double l = -lp.data().getDouble(i * v + targets[i]) * mask[i];
        rowNll[i] = l;
        nll += l;
        tokens++;
      }
    }
    return new Result(lp, targets, mask, nll, tokens, rowNll);
  }
}

package dev.s2s.neural.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Row-wise log-softmax of logits [n, vocab] in place: x_ij - max_j x_ij - log sum_j exp(x_ij - max).
 * Float arrays with unit column stride take one fused pass per row ({@link RowMath}); others go
 * through ND4J ops.
 */
public final class LogSoftmax {
  private LogSoftmax() {}

  /** Replaces {@code logits} [n, vocab] by its row-wise log-softmax and returns it. */
  public static INDArray inPlace(INDArray logits) {
    return inPlace(logits, null);
  }

  /**
   * Replaces {@code logits} [n, vocab] by the row-wise log-softmax of logits + bias and returns it;
   * {@code bias} [1, vocab] or null. (Adding the bias in the same pass saves a broadcast op.)
   */
  public static INDArray inPlace(INDArray logits, INDArray bias) {
    if (FloatBlock.fits(logits) && (bias == null || FloatBlock.fits(bias))) {
      rows(FloatBlock.of(logits), bias == null ? null : FloatBlock.of(bias));
      return logits;
    }
    if (bias != null) {
      logits.addiRowVector(bias);
    }
    INDArray max = logits.max(true, 1);
    logits.subiColumnVector(max);
    INDArray lse = Transforms.log(Transforms.exp(logits, true).sum(true, 1), false);
    return logits.subiColumnVector(lse);
  }

  /**
   * Writes the row-wise log-softmax of logits + bias into {@code out} (resized to [n, vocab]);
   * {@code logits} may be overwritten. {@code bias} [1, vocab] or null.
   */
  public static void into(INDArray logits, INDArray bias, ScoreRows out) {
    if (!FloatBlock.fits(logits) || (bias != null && !FloatBlock.fits(bias))) {
      out.copyFrom(inPlace(logits, bias));
      return;
    }
    FloatBlock x = FloatBlock.of(logits);
    int v = x.cols();
    float[] values = out.resize(x.rows(), v);
    float[] b = biasRow(bias == null ? null : FloatBlock.of(bias), v);
    for (int i = 0; i < x.rows(); i++) {
      x.readRow(i, 0, values, i * v, v);
      normalise(values, i * v, v, b);
    }
  }

  private static float[] biasRow(FloatBlock bias, int v) {
    float[] b = new float[v];
    if (bias != null) {
      bias.readRow(0, 0, b, 0, v);
    }
    return b;
  }

  /** a[from, from + v) := log-softmax(a + b) in place. */
  private static void normalise(float[] a, int from, int v, float[] b) {
    for (int j = 0; j < v; j++) {
      a[from + j] += b[j];
    }
    float shift = RowMath.get().logSumExp(a, from, v);
    for (int j = 0; j < v; j++) {
      a[from + j] -= shift;
    }
  }

  private static void rows(FloatBlock x, FloatBlock bias) {
    int v = x.cols();
    float[] row = new float[v];
    float[] b = biasRow(bias, v);
    for (int i = 0; i < x.rows(); i++) {
      x.readRow(i, 0, row, 0, v);
      normalise(row, 0, v, b);
      x.writeRow(i, 0, row, 0, v);
    }
  }
}

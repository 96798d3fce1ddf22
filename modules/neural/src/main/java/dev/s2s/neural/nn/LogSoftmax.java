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

  private static void rows(FloatBlock x, FloatBlock bias) {
    RowMath math = RowMath.get();
    int v = x.cols();
    float[] row = new float[v];
    float[] b = new float[v];
    if (bias != null) {
      bias.readRow(0, 0, b, 0, v);
    }
    for (int i = 0; i < x.rows(); i++) {
      x.readRow(i, 0, row, 0, v);
      for (int j = 0; j < v; j++) {
        row[j] += b[j];
      }
      float shift = math.logSumExp(row, 0, v);
      for (int j = 0; j < v; j++) {
        row[j] -= shift;
      }
      x.writeRow(i, 0, row, 0, v);
    }
  }
}

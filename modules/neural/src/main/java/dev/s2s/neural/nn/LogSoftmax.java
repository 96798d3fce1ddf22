package dev.s2s.neural.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Row-wise log-softmax of logits [n, vocab] in place: x_ij - max_j x_ij - log sum_j exp(x_ij - max).
 * Float arrays with unit column stride take one fused pass per row; others go through ND4J ops.
 */
public final class LogSoftmax {
  private LogSoftmax() {}

  /** Replaces {@code logits} [n, vocab] by its row-wise log-softmax and returns it. */
  public static INDArray inPlace(INDArray logits) {
    if (FloatBlock.fits(logits)) {
      rows(FloatBlock.of(logits));
      return logits;
    }
    INDArray max = logits.max(true, 1);
    logits.subiColumnVector(max);
    INDArray lse = Transforms.log(Transforms.exp(logits, true).sum(true, 1), false);
    return logits.subiColumnVector(lse);
  }

  private static void rows(FloatBlock x) {
    FloatBuffer b = x.buffer();
    int v = x.cols();
    for (int i = 0; i < x.rows(); i++) {
      int base = x.index(i, 0);
      float max = Float.NEGATIVE_INFINITY;
      for (int j = 0; j < v; j++) {
        max = Math.max(max, b.get(base + j));
      }
      double sum = 0;
      for (int j = 0; j < v; j++) {
        sum += Activations.exp(b.get(base + j) - max);
      }
      float shift = (float) (max + Math.log(sum));
      for (int j = 0; j < v; j++) {
        b.put(base + j, b.get(base + j) - shift);
      }
    }
  }
}

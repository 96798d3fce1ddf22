package dev.s2s.neural.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A score matrix [rows, cols] in a Java array, row-major, reused from one decoding step to the next:
 * the step's log-probabilities as search reads them. Filling it straight from the logits saves
 * writing the log-softmax back to native memory and copying it out again (at beam 5, batch 64 and
 * V = 1,000 that is 1.3 MB each way per step). Scores are float, the models' precision; a DOUBLE
 * model's are rounded (its forced-decoding scores are not: they do not pass through here).
 */
public final class ScoreRows {
  private float[] values = new float[0];
  private int rows;
  private int cols;

  /** Makes room for [rows, cols]; the previous contents are undefined afterwards. */
  public float[] resize(int rows, int cols) {
    if (rows < 0 || cols < 0) {
      throw new IllegalArgumentException("score rows [" + rows + ", " + cols + "]");
    }
    int n = Math.multiplyExact(rows, cols);
    if (values.length < n) {
      values = new float[n];
    }
    this.rows = rows;
    this.cols = cols;
    return values;
  }

  /** Copies {@code scores} [rows, cols]. */
  public void copyFrom(INDArray scores) {
    if (scores.rank() != 2) {
      throw new IllegalArgumentException("scores must be [rows, cols], got shape "
          + java.util.Arrays.toString(scores.shape()));
    }
    int r = Math.toIntExact(scores.size(0));
    int c = Math.toIntExact(scores.size(1));
    float[] v = resize(r, c);
    if (FloatBlock.fits(scores)) {
      FloatBlock b = FloatBlock.of(scores);
      for (int i = 0; i < r; i++) {
        b.readRow(i, 0, v, i * c, c);
      }
      return;
    }
    float[] all = scores.castTo(DataType.FLOAT).dup('c').data().asFloat();
    System.arraycopy(all, 0, v, 0, r * c);
  }

  /** The backing array: element (r, c) at r * cols() + c; entries past rows() * cols() are stale. */
  public float[] values() {
    return values;
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public float get(int r, int c) {
    return values[r * cols + c];
  }
}

package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Shapes;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A time-major padding mask [time, batch] (1 = real token, 0 = padding) prepared for per-step use:
 * which steps are all-real and, for the others, the mask column [batch, 1] and its complement.
 * A null mask means every step is real.
 */
public final class StepMask {
  private final int steps;
  private final int batch;
  private final float[] values;
  private final boolean[] full;
  private final int[] active;
  private final DataType dataType;
  private final INDArray[] keep;
  private final INDArray[] carry;

  public StepMask(INDArray mask, int steps, int batch, DataType dataType) {
    this.steps = steps;
    this.batch = batch;
    this.dataType = dataType;
    this.full = new boolean[steps];
    this.active = new int[steps];
    this.keep = new INDArray[steps];
    this.carry = new INDArray[steps];
    if (mask == null) {
      values = null;
      java.util.Arrays.fill(full, true);
      java.util.Arrays.fill(active, batch);
      return;
    }
    Shapes.require("mask [time, batch]", mask, steps, batch);
    values = mask.castTo(DataType.FLOAT).dup('c').data().asFloat();
    for (int t = 0; t < steps; t++) {
      boolean all = true;
      for (int b = 0; b < batch; b++) {
        float v = values[t * batch + b];
        if (v != 0 && v != 1) {
          throw new IllegalArgumentException("mask value " + v + " at step " + t + ", row " + b + " is not 0 or 1");
        }
        all &= v == 1;
        if (v == 1) {
          active[t] = b + 1;
        }
      }
      full[t] = all;
    }
  }

  public int steps() {
    return steps;
  }

  public int batch() {
    return batch;
  }

  /** True if every row is real at step t. */
  public boolean full(int t) {
    return full[t];
  }

  /**
   * Rows [0, activeRows(t)) hold every real row of step t: one more than the last real row's index,
   * 0 when the step has none. Rows from there on are padding, so a recurrent step may skip them; in
   * a batch sorted by decreasing length the active rows are exactly the real ones.
   */
  public int activeRows(int t) {
    return active[t];
  }

  /** Mask value (1 real, 0 padding) of row b at step t. */
  public float keep(int t, int b) {
    return values == null ? 1f : values[t * batch + b];
  }

  /** Mask column [batch, 1] at step t (only when !full(t)). */
  public INDArray keep(int t) {
    if (keep[t] == null) {
      keep[t] = column(t, false);
    }
    return keep[t];
  }

  /** 1 - mask column [batch, 1] at step t (only when !full(t)). */
  public INDArray carry(int t) {
    if (carry[t] == null) {
      carry[t] = column(t, true);
    }
    return carry[t];
  }

  private INDArray column(int t, boolean complement) {
    float[] col = new float[batch];
    for (int b = 0; b < batch; b++) {
      float v = keep(t, b);
      col[b] = complement ? 1 - v : v;
    }
    return Nd4j.create(col, new long[] {batch, 1}, DataType.FLOAT).castTo(dataType);
  }

  /**
   * Per-row lengths; requires every row to be a prefix mask (real tokens then padding).
   */
  public int[] lengths() {
    int[] len = new int[batch];
    for (int b = 0; b < batch; b++) {
      int l = 0;
      while (l < steps && (values == null || values[l * batch + b] == 1)) {
        l++;
      }
      for (int t = l; t < steps; t++) {
        if (values[t * batch + b] != 0) {
          throw new IllegalArgumentException("mask row " + b + " is not a prefix mask: real token at step "
              + t + " after padding at step " + l);
        }
      }
      len[b] = l;
    }
    return len;
  }
}

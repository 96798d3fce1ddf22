package dev.s2s.neural.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conversions between sequence lengths and time-major padding masks {@code [time, batch]} whose
 * entries are 1 for real positions and 0 for padding, where each column is a prefix of ones (the
 * real tokens of a sequence come first).
 */
public final class PrefixMask {
  private PrefixMask() {}

  /**
   * Lengths of each column of a mask {@code [time, batch]}; throws IllegalArgumentException if a
   * column is not a prefix of ones followed by zeros or holds a value other than 0/1.
   */
  public static int[] lengths(INDArray mask) {
    if (mask.rank() != 2) {
      throw new IllegalArgumentException(
          "mask must be [time, batch], got shape " + java.util.Arrays.toString(mask.shape()));
    }
    int time = (int) mask.size(0);
    int batch = (int) mask.size(1);
    double[] m = Shapes.doubles(mask); // element (t, b) at t * batch + b (toDoubleMatrix copies row by row)
    int[] len = new int[batch];
    for (int b = 0; b < batch; b++) {
      int n = 0;
      while (n < time && m[n * batch + b] == 1.0) {
        n++;
      }
      for (int t = n; t < time; t++) {
        if (m[t * batch + b] != 0.0) {
          throw new IllegalArgumentException(
              "mask column " + b + " is not a prefix of ones: value " + m[t * batch + b] + " at time " + t
                  + " after padding began at time " + n);
        }
      }
      len[b] = n;
    }
    return len;
  }

  /** A mask {@code [time, batch]} with column b holding lengths[b] ones then zeros. */
  public static INDArray of(int[] lengths, int time, DataType dataType) {
    double[][] m = new double[time][lengths.length];
    for (int b = 0; b < lengths.length; b++) {
      if (lengths[b] < 0 || lengths[b] > time) {
        throw new IllegalArgumentException(
            "length " + lengths[b] + " of sequence " + b + " outside [0, " + time + "]");
      }
      for (int t = 0; t < lengths[b]; t++) {
        m[t][b] = 1;
      }
    }
    return Nd4j.createFromArray(m).castTo(dataType);
  }
}

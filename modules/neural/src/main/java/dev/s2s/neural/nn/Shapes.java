package dev.s2s.neural.nn;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Shape checks whose messages name the tensor, the expected and the actual shape. */
public final class Shapes {
  private Shapes() {}

  /** Checks {@code a}'s shape; an expected dimension of -1 matches any size. */
  public static void require(String what, INDArray a, long... expected) {
    long[] s = a.shape();
    boolean ok = s.length == expected.length;
    for (int i = 0; ok && i < s.length; i++) {
      ok = expected[i] < 0 || expected[i] == s[i];
    }
    if (!ok) {
      throw new IllegalArgumentException(what + " has shape " + Arrays.toString(s) + ", expected "
          + Arrays.toString(expected).replace("-1", "*"));
    }
  }

  /** Returns {@code a} if it is c-ordered and not a view with gaps, else a contiguous copy. */
  public static INDArray contiguous(INDArray a) {
    return a.ordering() == 'c' && !a.isView() ? a : a.dup('c');
  }

  /** The elements of {@code a} in row-major order, as doubles (for loops in Java over small arrays). */
  public static double[] doubles(INDArray a) {
    return contiguous(a).data().asDouble();
  }
}

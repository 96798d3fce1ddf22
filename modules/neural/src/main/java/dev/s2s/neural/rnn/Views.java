package dev.s2s.neural.rnn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Views used by the recurrent code: row blocks of time-flattened [time*batch, features] arrays. */
final class Views {
  private Views() {}

  /** Rows [t*batch, (t+1)*batch) of a 2-D c-ordered array (a contiguous view). */
  static INDArray step(INDArray flat, int t, int batch) {
    return flat.get(NDArrayIndex.interval((long) t * batch, (long) (t + 1) * batch), NDArrayIndex.all());
  }

  /** Rows [from*batch, to*batch) of a 2-D array. */
  static INDArray steps(INDArray flat, int from, int to, int batch) {
    return flat.get(NDArrayIndex.interval((long) from * batch, (long) to * batch), NDArrayIndex.all());
  }

  /** Columns [from, to) of a 2-D array. */
  static INDArray cols(INDArray a, long from, long to) {
    return a.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
  }
}

package dev.s2s.neural.search;

import dev.s2s.neural.nn.FloatBlock;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Per-row maximum and its column of a score matrix [n, vocab]; ties go to the lowest column, as
 * with ND4J's argMax. (ND4J's argMax + max took about 350 us per decoding step even at n = 1.)
 */
record RowArgMax(int[] index, double[] value) {
  static RowArgMax of(INDArray scores) {
    int n = (int) scores.size(0);
    int v = (int) scores.size(1);
    int[] idx = new int[n];
    double[] val = new double[n];
    if (FloatBlock.fits(scores)) {
      FloatBlock b = FloatBlock.of(scores);
      float[] row = new float[v];
      for (int r = 0; r < n; r++) {
        b.readRow(r, 0, row, 0, v);
        int best = 0;
        float max = row[0];
        for (int j = 1; j < v; j++) {
          if (row[j] > max) {
            max = row[j];
            best = j;
          }
        }
        idx[r] = best;
        val[r] = max;
      }
      return new RowArgMax(idx, val);
    }
    double[][] m = scores.toDoubleMatrix();
    for (int r = 0; r < n; r++) {
      for (int j = 1; j < v; j++) {
        if (m[r][j] > m[r][idx[r]]) {
          idx[r] = j;
        }
      }
      val[r] = m[r][idx[r]];
    }
    return new RowArgMax(idx, val);
  }
}

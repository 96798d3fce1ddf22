package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BlasTest {
  @Test
  void smallProductByHand() {
    // [1 2; 3 4] x [5 6; 7 8] = [19 22; 43 50]; with beta 1 onto [1 1; 1 1] and alpha 2: [39 45; 87 101]
    INDArray a = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});
    INDArray b = Nd4j.createFromArray(new float[][] {{5, 6}, {7, 8}});
    INDArray c = Nd4j.ones(DataType.FLOAT, 2, 2);
    Blas.gemm(a, false, b, false, c, 2.0, 1.0);
    assertEquals(Nd4j.createFromArray(new float[][] {{39, 45}, {87, 101}}), c);
    // A^T B = [1 3; 2 4] x [5 6; 7 8] = [26 30; 38 44]
    assertEquals(Nd4j.createFromArray(new float[][] {{26, 30}, {38, 44}}), Blas.mmul(a, true, b, false));
  }

  /** Every transpose combination, rows m = 1 (the gemv path) and m > 1, views and both types. */
  @Test
  void agreesWithTheDefinitionOnViewsAndSingleRows() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (DataType dt : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      for (int m : new int[] {1, 3}) {
        for (boolean ta : new boolean[] {false, true}) {
          for (boolean tb : new boolean[] {false, true}) {
            int k = 4;
            int n = 5;
            // operands as column blocks of wider matrices (leading dimension > columns)
            INDArray aWide = rand(dt, ta ? k : m, (ta ? m : k) + 3, rnd);
            INDArray bWide = rand(dt, tb ? n : k, (tb ? k : n) + 2, rnd);
            INDArray a = aWide.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 1 + (ta ? m : k)));
            INDArray b = bWide.get(NDArrayIndex.all(), NDArrayIndex.interval(2, 2 + (tb ? k : n)));
            INDArray c = rand(dt, m, n, rnd);
            double[][] expected = definition(a, ta, b, tb, c, 0.5, 2.0);
            Blas.gemm(a, ta, b, tb, c, 0.5, 2.0);
            assertClose(expected, c, dt + " m=" + m + " ta=" + ta + " tb=" + tb);
            if (dt == DataType.FLOAT) {
              INDArray c2 = rand(dt, m, n, rnd);
              double[][] expected2 = definition(a, ta, b, tb, c2, 1.5, -1.0);
              Blas.gemm(block(aWide, 1, ta ? m : k), ta, block(bWide, 2, tb ? k : n), tb, FloatBlock.of(c2), 1.5f, -1f);
              assertClose(expected2, c2, "blocks m=" + m + " ta=" + ta + " tb=" + tb);
            }
          }
        }
      }
    }
  }

  @Test
  void transposedViewsAreReadWithoutCopies() {
    INDArray a = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {4, 5, 6}}); // a^T is [3, 2], column-major view
    INDArray b = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}});
    // a^T x I = a^T = [1 4; 2 5; 3 6]
    assertEquals(a.transpose().dup('c'), Blas.mmul(a.transpose(), b));
  }

  private static FloatBlock block(INDArray wide, int from, int cols) {
    return FloatBlock.of(wide).cols(from, cols);
  }

  private static INDArray rand(DataType dt, int rows, int cols, SplittableRandom rnd) {
    INDArray x = Nd4j.create(dt, rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        x.putScalar(i, j, rnd.nextDouble(-1, 1));
      }
    }
    return x;
  }

  /** alpha op(A) op(B) + beta C by the definition (triple loop). */
  private static double[][] definition(INDArray a, boolean ta, INDArray b, boolean tb, INDArray c, double alpha, double beta) {
    int m = (int) c.size(0);
    int n = (int) c.size(1);
    int k = (int) (ta ? a.size(0) : a.size(1));
    double[][] out = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += (ta ? a.getDouble(p, i) : a.getDouble(i, p)) * (tb ? b.getDouble(j, p) : b.getDouble(p, j));
        }
        out[i][j] = alpha * s + beta * c.getDouble(i, j);
      }
    }
    return out;
  }

  private static void assertClose(double[][] expected, INDArray actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected[i].length; j++) {
        assertEquals(expected[i][j], actual.getDouble(i, j), 1e-5, what + " at " + i + "," + j);
      }
    }
  }
}

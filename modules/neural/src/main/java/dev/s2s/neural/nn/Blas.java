package dev.s2s.neural.nn;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products C = alpha op(A) op(B) + beta C on 2-D float or double arrays, calling the CBLAS
 * sgemm/dgemm of the OpenBLAS that ND4J itself loads, directly on the arrays' native memory.
 *
 * <p>Why: for the row-major ("c") arrays this project uses, {@code Nd4j.gemm} copies operands and
 * result between orders; on the seq2seq bench shapes ([64, 256] x [256, 768]) it took 510 us per
 * call against 280 us for the same CBLAS call. Views are passed without copies when their rows
 * are unit-stride (a column block of a wider matrix is a matrix with a larger leading dimension)
 * or their columns are (a transposed view is read as the transpose). Anything else (other data
 * types, mixed types, other strides) falls back to {@code Nd4j.gemm}.
 */
public final class Blas {
  private static final int ROW_MAJOR = 101;
  private static final int NO_TRANS = 111;
  private static final int TRANS = 112;

  private Blas() {}

  /**
   * C [m, n] = alpha op(A) op(B) + beta C, with op(X) = X or X^T. The first product of a process
   * is preceded by {@link BlasKernelCheck}.
   *
   * @throws dev.s2s.common.UserException when OpenBLAS's kernels compute wrong products on this CPU
   */
  public static void gemm(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, double alpha, double beta) {
    BlasKernelCheck.ensurePassed(CHECKED_PRODUCT);
    product(a, transA, b, transB, c, alpha, beta);
  }

  private static final BlasKernelCheck.Product CHECKED_PRODUCT = Blas::gemmForCheck;

  /** C = op(A) op(B) without the check (the check's own products). */
  static void gemmForCheck(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c) {
    product(a, transA, b, transB, c, 1.0, 0.0);
  }

  private static void product(INDArray a, boolean transA, INDArray b, boolean transB, INDArray c, double alpha, double beta) {
    long m = transA ? a.size(1) : a.size(0);
    long k = transA ? a.size(0) : a.size(1);
    long kb = transB ? b.size(1) : b.size(0);
    long n = transB ? b.size(0) : b.size(1);
    if (a.rank() != 2 || b.rank() != 2 || c.rank() != 2 || k != kb || c.size(0) != m || c.size(1) != n) {
      throw new IllegalArgumentException("gemm shapes do not fit: A" + shape(a) + (transA ? "^T" : "") + " x B" + shape(b)
          + (transB ? "^T" : "") + " -> C" + shape(c));
    }
    Layout la = Layout.of(a);
    Layout lb = Layout.of(b);
    Layout lc = Layout.of(c);
    DataType dt = c.dataType();
    boolean direct = la != null && lb != null && lc != null && !lc.transposed
        && (dt == DataType.FLOAT || dt == DataType.DOUBLE) && a.dataType() == dt && b.dataType() == dt;
    if (!direct) {
      Nd4j.gemm(a, b, c, transA, transB, alpha, beta);
      return;
    }
    if (m == 0 || n == 0) {
      return;
    }
    int opA = (transA ^ la.transposed) ? TRANS : NO_TRANS;
    int opB = (transB ^ lb.transposed) ? TRANS : NO_TRANS;
    if (k == 0) {
      c.muli(beta);
      return;
    }
    if (m == 1) {
      rowTimesMatrix(dt, opA, la.ld, a, opB, lb.ld, b, (int) n, (int) k, alpha, beta, c);
      return;
    }
    if (dt == DataType.FLOAT) {
      openblas_nolapack.cblas_sgemm(ROW_MAJOR, opA, opB, (int) m, (int) n, (int) k, (float) alpha,
          new FloatPointer(a.data().addressPointer()), la.ld, new FloatPointer(b.data().addressPointer()), lb.ld,
          (float) beta, new FloatPointer(c.data().addressPointer()), lc.ld);
    } else {
      openblas_nolapack.cblas_dgemm(ROW_MAJOR, opA, opB, (int) m, (int) n, (int) k, alpha,
          new DoublePointer(a.data().addressPointer()), la.ld, new DoublePointer(b.data().addressPointer()), lb.ld,
          beta, new DoublePointer(c.data().addressPointer()), lc.ld);
    }
  }

  /** C = alpha op(A) op(B) + beta C on float blocks (no ND4J views or copies); checked as {@link #gemm(INDArray, boolean, INDArray, boolean, INDArray, double, double)}. */
  public static void gemm(FloatBlock a, boolean transA, FloatBlock b, boolean transB, FloatBlock c, float alpha, float beta) {
    BlasKernelCheck.ensurePassed(CHECKED_PRODUCT);
    int m = transA ? a.cols() : a.rows();
    int k = transA ? a.rows() : a.cols();
    int kb = transB ? b.cols() : b.rows();
    int n = transB ? b.rows() : b.cols();
    if (k != kb || c.rows() != m || c.cols() != n) {
      throw new IllegalArgumentException("gemm block shapes do not fit: A[" + a.rows() + ", " + a.cols() + "]" + (transA ? "^T" : "")
          + " x B[" + b.rows() + ", " + b.cols() + "]" + (transB ? "^T" : "") + " -> C[" + c.rows() + ", " + c.cols() + "]");
    }
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      scale(c, beta);
      return;
    }
    if (m == 1) {
      RowProduct g = RowProduct.of(transA ? TRANS : NO_TRANS, a.ld(), transB ? TRANS : NO_TRANS, k, n);
      openblas_nolapack.cblas_sgemv(ROW_MAJOR, g.op(), g.rows(), g.cols(), alpha, b.pointer(), b.ld(), a.pointer(),
          g.incA(), beta, c.pointer(), 1);
      return;
    }
    openblas_nolapack.cblas_sgemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha,
        a.pointer(), a.ld(), b.pointer(), b.ld(), beta, c.pointer(), c.ld());
  }

  /**
   * C [1, n] = alpha op(A) [1, k] op(B) [k, n] + beta C through gemv: OpenBLAS's gemm packs all of
   * B for a single row (270 us for [1, 256] x [256, 768], against 17 us for the gemv). The row of
   * op(A) is read with stride 1, or lda when op(A) is a transposed column; C's row has stride 1.
   */
  private static void rowTimesMatrix(DataType dt, int opA, int lda, INDArray a, int opB, int ldb, INDArray b, int n,
      int k, double alpha, double beta, INDArray c) {
    RowProduct g = RowProduct.of(opA, lda, opB, k, n);
    if (dt == DataType.FLOAT) {
      openblas_nolapack.cblas_sgemv(ROW_MAJOR, g.op(), g.rows(), g.cols(), (float) alpha,
          new FloatPointer(b.data().addressPointer()), ldb, new FloatPointer(a.data().addressPointer()), g.incA(),
          (float) beta, new FloatPointer(c.data().addressPointer()), 1);
    } else {
      openblas_nolapack.cblas_dgemv(ROW_MAJOR, g.op(), g.rows(), g.cols(), alpha,
          new DoublePointer(b.data().addressPointer()), ldb, new DoublePointer(a.data().addressPointer()), g.incA(),
          beta, new DoublePointer(c.data().addressPointer()), 1);
    }
  }

  /**
   * The gemv arguments for C [1, n] = op(A) [1, k] op(B) [k, n]: B stored [k, n] (op NO_TRANS)
   * gives y = B^T a, B stored [n, k] (op TRANS) gives y = B a; the row of op(A) has stride 1, or lda
   * when op(A) transposes a stored column.
   */
  private record RowProduct(int op, int rows, int cols, int incA) {
    static RowProduct of(int opA, int lda, int opB, int k, int n) {
      int incA = opA == TRANS ? lda : 1;
      return opB == NO_TRANS ? new RowProduct(TRANS, k, n, incA) : new RowProduct(NO_TRANS, n, k, incA);
    }
  }

  private static void scale(FloatBlock c, float beta) {
    java.nio.FloatBuffer buf = c.buffer();
    for (int r = 0; r < c.rows(); r++) {
      for (int i = c.index(r, 0), end = i + c.cols(); i < end; i++) {
        buf.put(i, beta * buf.get(i));
      }
    }
  }

  /** A new array op(A) op(B) [m, n] in A's data type. */
  public static INDArray mmul(INDArray a, boolean transA, INDArray b, boolean transB) {
    long m = transA ? a.size(1) : a.size(0);
    long n = transB ? b.size(0) : b.size(1);
    INDArray c = Nd4j.createUninitialized(a.dataType(), m, n);
    gemm(a, transA, b, transB, c, 1.0, 0.0);
    return c;
  }

  /** A new array A B. */
  public static INDArray mmul(INDArray a, INDArray b) {
    return mmul(a, false, b, false);
  }

  private static String shape(INDArray x) {
    return java.util.Arrays.toString(x.shape());
  }

  /**
   * How a 2-D array sits in memory for CBLAS (row-major): rows unit-stride (ld = row stride), or
   * columns unit-stride (read as the transpose, ld = column stride). Null if neither.
   */
  private record Layout(int ld, boolean transposed) {
    static Layout of(INDArray x) {
      long rows = x.size(0);
      long cols = x.size(1);
      long s0 = x.stride(0);
      long s1 = x.stride(1);
      if (cols <= 1 && rows <= 1) {
        return new Layout(1, false);
      }
      if (s1 == 1 || cols == 1) {
        long ld = rows == 1 ? cols : s0;
        return ld >= Math.max(1, cols) ? new Layout((int) ld, false) : null;
      }
      if (s0 == 1 || rows == 1) {
        long ld = cols == 1 ? rows : s1;
        return ld >= Math.max(1, rows) ? new Layout((int) ld, true) : null;
      }
      return null;
    }
  }
}

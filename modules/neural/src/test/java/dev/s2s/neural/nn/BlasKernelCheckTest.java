package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The check of OpenBLAS's kernels. A kernel that is wrong is simulated by corrupting one element
 * of a correct product; OpenBLAS 0.3.19's Cooperlake DGEMM, wrong on a Zen 5, fails the real check
 * (run this class with OPENBLAS_CORETYPE=Cooperlake on such a machine).
 */
class BlasKernelCheckTest {
  /** The product as Nd4j's own mmul computes it (not through Blas, whose check is under test). */
  private static void reference(INDArray a, boolean ta, INDArray b, boolean tb, INDArray c) {
    c.assign((ta ? a.transpose() : a).mmul(tb ? b.transpose() : b));
  }

  @Test
  void theKernelsInUsePass() {
    assertNull(BlasKernelCheck.firstWrongProduct(Blas::gemmForCheck));
  }

  @Test
  void aWrongDoubleProductIsNamedWithItsPlace() {
    String wrong = BlasKernelCheck.firstWrongProduct((a, ta, b, tb, c) -> {
      reference(a, ta, b, tb, c);
      if (c.dataType() == DataType.DOUBLE && tb) {
        c.putScalar(3, 250, c.getDouble(3, 250) + 0.5);
      }
    });
    assertNotNull(wrong);
    assertTrue(wrong.startsWith("dgemm [16, 100] x [100, 400]^T is "), wrong);
    assertTrue(wrong.contains(" at [3, 250] where the definition gives "), wrong);
  }

  @Test
  void aWrongFloatProductIsFoundAfterTheDoubleOnesPass() {
    String wrong = BlasKernelCheck.firstWrongProduct((a, ta, b, tb, c) -> {
      reference(a, ta, b, tb, c);
      if (c.dataType() == DataType.FLOAT) {
        c.putScalar(15, 399, 0.0);
      }
    });
    assertNotNull(wrong);
    assertTrue(wrong.startsWith("sgemm [16, 100] x [100, 400] is 0.00000 at [15, 399] where the definition gives "), wrong);
  }

  @Test
  void roundingDifferencesOfTheOrderOfFloatPrecisionPass() {
    // each element off by 1e-6 of its magnitude: float rounding over 100 terms is of this order
    assertNull(BlasKernelCheck.firstWrongProduct((a, ta, b, tb, c) -> {
      reference(a, ta, b, tb, c);
      if (c.dataType() == DataType.FLOAT) {
        c.muli(1 + 1e-6);
      }
    }));
  }

  @Test
  void messageNamesTheForcedKernelsAndTheWayOut() {
    assertEquals("OpenBLAS computes wrong matrix products on this CPU with its kernels OPENBLAS_CORETYPE=Cooperlake: "
        + "dgemm x; run with other kernels, e.g. OPENBLAS_CORETYPE=Haswell (AVX2)",
        BlasKernelCheck.message("dgemm x", "Cooperlake"));
    assertTrue(BlasKernelCheck.message("dgemm x", null).contains("with its kernels of its own choice: dgemm x"));
  }

  @Test
  void nd4jReferenceIsTheDefinitionOnAHandExample() {
    // [1 2; 3 4]^T x [5 6; 7 8] = [26 30; 38 44]
    INDArray c = Nd4j.zeros(DataType.DOUBLE, 2, 2);
    reference(Nd4j.createFromArray(new double[][] {{1, 2}, {3, 4}}), true,
        Nd4j.createFromArray(new double[][] {{5, 6}, {7, 8}}), false, c);
    assertEquals(Nd4j.createFromArray(new double[][] {{26, 30}, {38, 44}}), c);
  }
}

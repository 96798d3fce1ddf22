package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bytedeco.openblas.global.openblas_nolapack;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class BlasThreadsTest {
  @Test
  void oneThreadInsideNestedCallsAndTheOldCountAfterTheOutermost() {
    Nd4j.getExecutioner();
    int before = openblas_nolapack.blas_get_num_threads();
    int inner = BlasThreads.single(() -> {
      int nested = BlasThreads.single(openblas_nolapack::blas_get_num_threads);
      assertEquals(1, nested);
      return openblas_nolapack.blas_get_num_threads();
    });
    assertEquals(1, inner, "still one thread after the nested call ended");
    assertEquals(before, openblas_nolapack.blas_get_num_threads());
  }

  @Test
  void theCountIsRestoredWhenTheBodyThrows() {
    int before = openblas_nolapack.blas_get_num_threads();
    assertThrows(IllegalStateException.class, () -> BlasThreads.single(() -> {
      throw new IllegalStateException("body");
    }));
    assertEquals(before, openblas_nolapack.blas_get_num_threads());
  }
}

package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ParallelShardsTest {
  @Test
  void theCommonInstanceKeepsItsThreadsAndRunsNestedCallsInTurn() {
    ParallelShards common = ParallelShards.common();
    assertSame(common, ParallelShards.common());
    int k = Runtime.getRuntime().availableProcessors();
    assertEquals(k, common.shards());
    Set<String> first = ConcurrentHashMap.newKeySet();
    common.run(k, i -> first.add(Thread.currentThread().getName()));
    common.close(); // does nothing on the common instance
    Set<String> second = ConcurrentHashMap.newKeySet();
    List<List<Integer>> nested = common.run(k, i -> {
      second.add(Thread.currentThread().getName());
      return common.run(k, j -> 10 * i + j); // from a pool thread: in turn, not waiting for itself
    });
    assertEquals(first, second, "the same threads serve every call");
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        assertEquals(10 * i + j, nested.get(i).get(j));
      }
    }
  }

  @Test
  void resultsComeInPieceOrderFromDifferentThreads() {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (ParallelShards p = new ParallelShards(3)) {
      List<Integer> out = p.run(3, i -> {
        threads.add(Thread.currentThread().getName());
        return i * 10;
      });
      assertEquals(List.of(0, 10, 20), out);
      assertEquals(3, threads.size());
      assertEquals(List.of(0), p.run(1, i -> i));
      assertThrows(IllegalArgumentException.class, () -> p.run(4, i -> i));
    }
  }

  @Test
  void piecesUseScratchAndBlasOnTheirOwnThreads() {
    INDArray a = Nd4j.rand(DataType.FLOAT, 40, 30);
    INDArray b = Nd4j.rand(DataType.FLOAT, 30, 20);
    INDArray expected = a.mmul(b);
    int blasThreads = openblas_nolapack.blas_get_num_threads();
    try (ParallelShards p = new ParallelShards(2)) {
      List<Double> diffs = p.run(2, i -> Scratch.run("test", () -> {
        INDArray c = Nd4j.create(DataType.FLOAT, 40, 20);
        Blas.gemm(a, false, b, false, c, 1.0, 0.0);
        return c.sub(expected).amaxNumber().doubleValue();
      }));
      diffs.forEach(d -> assertTrue(d < 1e-4, "difference " + d));
    }
    assertEquals(blasThreads, openblas_nolapack.blas_get_num_threads(), "BLAS thread count restored");
  }

  @Test
  void theFirstFailureIsRethrownAfterAllPiecesEnded() {
    try (ParallelShards p = new ParallelShards(2)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.run(2, i -> {
        if (i == 1) {
          throw new IllegalStateException("piece " + i);
        }
        return i;
      }));
      assertEquals("piece 1", e.getMessage());
      assertEquals(List.of(0, 1), p.run(2, i -> i), "the pool still works afterwards");
    }
  }
}

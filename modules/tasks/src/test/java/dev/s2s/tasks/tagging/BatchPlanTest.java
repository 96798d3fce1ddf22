package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchPlanTest {
  private static final int SIZE = 103;

  private static List<Integer> flat(List<int[]> batches) {
    List<Integer> all = new ArrayList<>();
    batches.forEach(b -> Arrays.stream(b).forEach(all::add));
    return all;
  }

  @Test
  void everySentenceOnceInBatchesOfAtMostTheBatchSize() {
    List<int[]> batches = BatchPlan.epoch(7, 0, SIZE, i -> i % 13, 10, 3);
    List<Integer> all = flat(batches);
    all.sort(null);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      expected.add(i);
    }
    assertEquals(expected, all);
    batches.forEach(b -> assertTrue(b.length <= 10));
    // pools of 30: 3 full pools of 3 batches, a last pool of 13 sentences = 2 batches
    assertEquals(11, batches.size());
    assertEquals(11, BatchPlan.batchesPerEpoch(SIZE, 10, 3));
  }

  @Test
  void aPureFunctionOfSeedAndEpoch() {
    assertEquals(flat(BatchPlan.epoch(7, 2, SIZE, i -> i % 13, 10, 3)), flat(BatchPlan.epoch(7, 2, SIZE, i -> i % 13, 10, 3)));
    assertNotEquals(flat(BatchPlan.epoch(7, 2, SIZE, i -> i % 13, 10, 3)), flat(BatchPlan.epoch(7, 3, SIZE, i -> i % 13, 10, 3)));
  }

  @Test
  void batchesOfAPoolHoldSimilarLengths() {
    // one pool holding everything: each batch is a run of the length-sorted sentences
    List<int[]> batches = BatchPlan.epoch(1, 0, 40, i -> i, 10, 4);
    for (int[] b : batches) {
      int min = Arrays.stream(b).min().orElseThrow();
      int max = Arrays.stream(b).max().orElseThrow();
      assertEquals(9, max - min);
    }
  }
}

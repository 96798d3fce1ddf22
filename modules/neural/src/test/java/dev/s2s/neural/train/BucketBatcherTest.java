package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketBatcherTest {
  private static List<SentencePair> data(int n) {
    List<SentencePair> d = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      d.add(new SentencePair(new int[1 + (i * 7) % 10], new int[1 + i % 3]));
    }
    return d;
  }

  @Test
  void everyExampleOnceSortedWithinChunksAndSeeded() {
    BucketBatcher b = new BucketBatcher(data(23), 4, 2, 99);
    List<int[]> e0 = b.epoch(0);
    int[] seen = new int[23];
    for (int[] batch : e0) {
      assertTrue(batch.length <= 4);
      for (int i = 0; i < batch.length; i++) {
        seen[batch[i]]++;
        if (i > 0) { // sorted by source length inside a batch
          assertTrue(b.data().get(batch[i - 1]).source().length <= b.data().get(batch[i]).source().length);
        }
      }
    }
    int[] ones = new int[23];
    Arrays.fill(ones, 1);
    assertArrayEquals(ones, seen);
    assertEquals(6, e0.size()); // chunks of 8, 8, 7 -> 2 + 2 + 2 batches (4+4, 4+4, 4+3)
    // same (seed, epoch) -> same order; a different epoch -> a different order
    List<int[]> again = new BucketBatcher(data(23), 4, 2, 99).epoch(0);
    for (int i = 0; i < e0.size(); i++) {
      assertArrayEquals(e0.get(i), again.get(i));
    }
    List<int[]> e1 = b.epoch(1);
    boolean differs = false;
    for (int i = 0; i < e0.size(); i++) {
      differs |= !Arrays.equals(e0.get(i), e1.get(i));
    }
    assertTrue(differs);
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.neural.train.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;

/**
 * The batches of one training epoch: the sentences are shuffled (seeded by the run seed and the
 * epoch), cut into pools of {@code poolBatches} batches, each pool sorted by sentence length and
 * cut into batches (little padding), and the batches shuffled again. A pure function of (seed,
 * epoch, lengths), so a resumed run sees the same order.
 */
public final class BatchPlan {
  private BatchPlan() {}

  /**
   * @param size number of sentences
   * @param length sentence index to its length in tokens
   * @param batchSize sentences per batch
   * @param poolBatches batches per length-sorted pool (1 = no sorting across batches)
   * @return sentence indices per batch
   */
  public static List<int[]> epoch(long seed, int epoch, int size, IntUnaryOperator length, int batchSize, int poolBatches) {
    if (batchSize < 1 || poolBatches < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + ", pool " + poolBatches);
    }
    SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, epoch, 0x7A66));
    int[] order = shuffled(size, rnd);
    List<int[]> batches = new ArrayList<>();
    int pool = batchSize * poolBatches;
    for (int from = 0; from < size; from += pool) {
      Integer[] chunk = new Integer[Math.min(size, from + pool) - from];
      for (int i = 0; i < chunk.length; i++) {
        chunk[i] = order[from + i];
      }
      Arrays.sort(chunk, (a, b) -> Integer.compare(length.applyAsInt(a), length.applyAsInt(b)));
      for (int b = 0; b < chunk.length; b += batchSize) {
        int[] batch = new int[Math.min(chunk.length, b + batchSize) - b];
        for (int i = 0; i < batch.length; i++) {
          batch[i] = chunk[b + i];
        }
        batches.add(batch);
      }
    }
    int[] batchOrder = shuffled(batches.size(), rnd);
    List<int[]> out = new ArrayList<>(batches.size());
    for (int i : batchOrder) {
      out.add(batches.get(i));
    }
    return out;
  }

  /** Number of batches per epoch. */
  public static int batchesPerEpoch(int size, int batchSize, int poolBatches) {
    int pool = batchSize * poolBatches;
    int full = size / pool;
    int rest = size % pool;
    return full * ((pool + batchSize - 1) / batchSize) + (rest + batchSize - 1) / batchSize;
  }

  private static int[] shuffled(int n, SplittableRandom rnd) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}

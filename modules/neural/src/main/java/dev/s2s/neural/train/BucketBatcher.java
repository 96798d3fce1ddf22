package dev.s2s.neural.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Length-bucketed batching of one language's pairs: each epoch shuffles all examples (seeded by
 * (seed, epoch)), cuts them into chunks of {@code chunkBatches * batchSize}, sorts each chunk by
 * (source length, target length), cuts sorted chunks into batches of {@code batchSize} and
 * shuffles the batch order. Batches are arrays of example indices.
 */
public final class BucketBatcher {
  private final List<SentencePair> data;
  private final int batchSize;
  private final int chunkBatches;
  private final long seed;

  public BucketBatcher(List<SentencePair> data, int batchSize, int chunkBatches, long seed) {
    if (data.isEmpty()) {
      throw new IllegalArgumentException("no training pairs");
    }
    if (batchSize < 1 || chunkBatches < 1) {
      throw new IllegalArgumentException("batch size " + batchSize + " and chunk batches " + chunkBatches + " must be >= 1");
    }
    this.data = data;
    this.batchSize = batchSize;
    this.chunkBatches = chunkBatches;
    this.seed = seed;
  }

  /** The batches of epoch {@code epoch} (a pure function of seed and epoch). */
  public List<int[]> epoch(long epoch) {
    SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, epoch));
    Integer[] idx = new Integer[data.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    shuffle(idx, rnd);
    int chunk = batchSize * chunkBatches;
    Comparator<Integer> byLength = Comparator.<Integer>comparingInt(i -> data.get(i).source().length)
        .thenComparingInt(i -> data.get(i).target().length);
    List<int[]> batches = new ArrayList<>();
    for (int start = 0; start < idx.length; start += chunk) {
      Integer[] c = Arrays.copyOfRange(idx, start, Math.min(idx.length, start + chunk));
      Arrays.sort(c, byLength);
      for (int b = 0; b < c.length; b += batchSize) {
        int end = Math.min(c.length, b + batchSize);
        int[] batch = new int[end - b];
        for (int j = b; j < end; j++) {
          batch[j - b] = c[j];
        }
        batches.add(batch);
      }
    }
    int[][] arr = batches.toArray(new int[0][]);
    shuffle(arr, rnd);
    return List.of(arr);
  }

  public List<SentencePair> data() {
    return data;
  }

  private static <T> void shuffle(T[] a, SplittableRandom rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      T t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.neural.nn.ParallelShards;
import dev.s2s.neural.tagger.TagPredictor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tags sentences with a {@link TagPredictor} (one tagger or an ensemble) in batches of similar length (less padding), returning
 * the tags in input order; an empty sentence gets an empty tag list.
 *
 * <p>The batches are dealt to one thread per core ({@link ParallelShards#common()}, one OpenBLAS thread each):
 * a tagger's products ([64, 100] x [100, 300] per step for the hidden-100 model) are too small for
 * OpenBLAS's own threads, which made a pass over eng.testb slower on two cores than on one. Each
 * batch holds the same sentences whatever the number of threads, so the tags do not depend on it.
 */
public final class LengthSortedPrediction {
  private LengthSortedPrediction() {}

  /**
   * @param sentences tokenized sentences
   * @param batchSize sentences per forward pass
   * @return one tag per token, IOB2
   */
  public static List<List<String>> tags(TagPredictor model, List<List<String>> sentences, int batchSize) {
    return tags(model, sentences, batchSize, ParallelShards.common().shards());
  }

  /** As {@link #tags(TagPredictor, List, int)}, on at most {@code threads} threads (at most {@link ParallelShards#common()}'s). */
  static List<List<String>> tags(TagPredictor model, List<List<String>> sentences, int batchSize, int threads) {
    Integer[] order = new Integer[sentences.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // longest first: the first batch sizes the model's scratch workspace, later ones fit in it
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> sentences.get(i).size()).reversed());
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < order.length; i++) {
      out.add(List.of());
    }
    List<Integer> nonEmpty = new ArrayList<>();
    List<List<String>> sorted = new ArrayList<>();
    for (int i : order) {
      if (!sentences.get(i).isEmpty()) {
        nonEmpty.add(i);
        sorted.add(sentences.get(i));
      }
    }
    List<List<String>> tagged = inShards(model, sorted, batchSize, threads);
    for (int k = 0; k < nonEmpty.size(); k++) {
      out.set(nonEmpty.get(k), List.copyOf(tagged.get(k)));
    }
    return out;
  }

  /**
   * Tags of {@code sorted} (longest first): batch b of batchSize sentences goes to shard b mod k, so
   * that each shard's batches are still longest first and the shards' loads are balanced.
   */
  private static List<List<String>> inShards(TagPredictor model, List<List<String>> sorted, int batchSize, int threads) {
    int batches = (sorted.size() + batchSize - 1) / batchSize;
    int k = Math.max(1, Math.min(Math.min(threads, ParallelShards.common().shards()), batches));
    if (k == 1) {
      return sorted.isEmpty() ? List.of() : model.predictTags(sorted, batchSize);
    }
    List<List<List<String>>> parts = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      parts.add(new ArrayList<>());
    }
    for (int b = 0; b < batches; b++) {
      parts.get(b % k).addAll(sorted.subList(b * batchSize, Math.min(sorted.size(), (b + 1) * batchSize)));
    }
    List<List<List<String>>> tagged = ParallelShards.common().run(k, j -> model.predictTags(parts.get(j), batchSize));
    List<List<String>> merged = new ArrayList<>(sorted.size());
    for (int b = 0; b < batches; b++) {
      List<List<String>> shard = tagged.get(b % k);
      int from = (b / k) * batchSize;
      merged.addAll(shard.subList(from, Math.min(shard.size(), from + batchSize)));
    }
    return merged;
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.neural.tagger.TaggerModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Tags sentences with a {@link TaggerModel} in batches of similar length (less padding), returning
 * the tags in input order; an empty sentence gets an empty tag list.
 */
public final class LengthSortedPrediction {
  private LengthSortedPrediction() {}

  /**
   * @param sentences tokenized sentences
   * @param batchSize sentences per forward pass
   * @return one tag per token, IOB2
   */
  public static List<List<String>> tags(TaggerModel model, List<List<String>> sentences, int batchSize) {
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
    List<List<String>> tagged = sorted.isEmpty() ? List.of() : model.predictTags(sorted, batchSize);
    for (int k = 0; k < nonEmpty.size(); k++) {
      out.set(nonEmpty.get(k), List.copyOf(tagged.get(k)));
    }
    return out;
  }
}

package dev.s2s.tasks.multitask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a batch function over inputs in batches of similar length (less padding) and returns the
 * results in input order. Empty inputs (length 0) are not passed on; they get {@code empty}.
 */
final class LengthSortedBatches {
  private LengthSortedBatches() {}

  static <R> List<R> map(List<int[]> inputs, int batchSize, R empty, Function<List<int[]>, List<R>> batchFunction) {
    Integer[] order = new Integer[inputs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> inputs.get(i).length));
    List<R> out = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), empty));
    List<Integer> chunk = new ArrayList<>();
    for (int k = 0; k <= order.length; k++) {
      boolean flush = k == order.length || chunk.size() == batchSize;
      if (flush && !chunk.isEmpty()) {
        List<int[]> batch = chunk.stream().map(inputs::get).toList();
        List<R> res = batchFunction.apply(batch);
        for (int j = 0; j < chunk.size(); j++) {
          out.set(chunk.get(j), res.get(j));
        }
        chunk.clear();
      }
      if (k < order.length && inputs.get(order[k]).length > 0) {
        chunk.add(order[k]);
      }
    }
    return out;
  }
}

package dev.s2s.tasks.suite;

import java.util.List;

/**
 * A tagging test set in memory.
 *
 * @param tokens the tokens [sentences][tokens]
 * @param gold the gold tags in IOB2 [sentences][tokens], the same shape as {@code tokens}
 * @param documentStarts the index of each document's first sentence, increasing, the first 0
 */
record TaggingTestSet(List<List<String>> tokens, List<List<String>> gold, List<Integer> documentStarts) {
  TaggingTestSet {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    documentStarts = List.copyOf(documentStarts);
    if (documentStarts.isEmpty() || documentStarts.get(0) != 0) {
      throw new IllegalArgumentException("document starts must begin with 0: " + documentStarts);
    }
    if (tokens.size() != gold.size()) {
      throw new IllegalArgumentException(tokens.size() + " token sentences but " + gold.size() + " tag sentences");
    }
  }

  /** Number of tokens (the throughput count). */
  long tokenCount() {
    return tokens.stream().mapToLong(List::size).sum();
  }
}

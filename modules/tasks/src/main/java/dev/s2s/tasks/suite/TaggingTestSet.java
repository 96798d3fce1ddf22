package dev.s2s.tasks.suite;

import java.util.List;

/**
 * A tagging test set in memory.
 *
 * @param tokens the tokens [sentences][tokens]
 * @param gold the gold tags in IOB2 [sentences][tokens], the same shape as {@code tokens}
 */
record TaggingTestSet(List<List<String>> tokens, List<List<String>> gold) {
  TaggingTestSet {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    if (tokens.size() != gold.size()) {
      throw new IllegalArgumentException(tokens.size() + " token sentences but " + gold.size() + " tag sentences");
    }
  }

  /** Number of tokens (the throughput count). */
  long tokenCount() {
    return tokens.stream().mapToLong(List::size).sum();
  }
}

package dev.s2s.tasks.suite;

import java.util.List;

/**
 * A translation test set in memory: raw source lines and their raw references, line by line.
 *
 * @param sources source sentences [lines]
 * @param references reference translations [lines], as many as sources
 * @param sourceTokens whitespace-separated tokens of all sources (the throughput count)
 */
record TranslationTestSet(List<String> sources, List<String> references, long sourceTokens) {
  TranslationTestSet {
    sources = List.copyOf(sources);
    references = List.copyOf(references);
    if (sources.size() != references.size()) {
      throw new IllegalArgumentException(sources.size() + " sources but " + references.size() + " references");
    }
  }
}

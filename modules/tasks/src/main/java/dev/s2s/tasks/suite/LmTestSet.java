package dev.s2s.tasks.suite;

import java.util.List;

/**
 * A language-model test set in memory: every line of the file as whitespace tokens.
 *
 * @param sentences [lines][tokens]; a blank line is an empty sentence (it still ends once)
 */
record LmTestSet(List<List<String>> sentences) {
  LmTestSet {
    sentences = List.copyOf(sentences);
  }
}

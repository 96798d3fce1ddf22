package dev.s2s.text.corpus;

import java.util.List;

/**
 * One line of a language-model text corpus: 1-based line number, its whitespace-separated tokens
 * (empty for a blank line) and whether it is a WikiText heading such as {@code " = Title = "}.
 */
public record LmLine(long line, List<String> tokens, boolean heading) {
  public LmLine {
    tokens = List.copyOf(tokens);
  }
}

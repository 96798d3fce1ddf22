package dev.s2s.ngram;

import java.util.List;

/**
 * One non-blank line of a plain text file, split into whitespace-separated tokens.
 *
 * @param lineNumber 1-based line number in the source file
 * @param tokens the tokens, without sentence boundary markers
 */
public record TextSentence(int lineNumber, List<String> tokens) {
  public TextSentence {
    tokens = List.copyOf(tokens);
  }
}

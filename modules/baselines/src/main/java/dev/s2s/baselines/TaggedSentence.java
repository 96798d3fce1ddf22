package dev.s2s.baselines;

import java.util.List;

/**
 * One sentence with one tag per token.
 *
 * @param tokens the words, [length]
 * @param tags one chunk tag per word ({@code O}, {@code B-X}, {@code I-X}), [length]
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {
  public TaggedSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "tokens [" + tokens.size() + "] and tags [" + tags.size() + "] differ in length");
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a tagged sentence needs at least one token");
    }
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }
}

package dev.s2s.neural.tagger;

import java.util.List;

/**
 * A tokenised sentence with one BIO tag per token ({@code tags} is null for unlabelled input).
 *
 * @param tokens the words, at least one
 * @param tags the gold tags (same length as tokens) or null
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {
  public TaggedSentence {
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one token");
    }
    if (tags != null && tags.size() != tokens.size()) {
      throw new IllegalArgumentException(
          tokens.size() + " tokens but " + tags.size() + " tags in sentence " + tokens);
    }
    tokens = List.copyOf(tokens);
    tags = tags == null ? null : List.copyOf(tags);
  }

  /** An unlabelled sentence. */
  public static TaggedSentence unlabelled(List<String> tokens) {
    return new TaggedSentence(tokens, null);
  }

  public int length() {
    return tokens.size();
  }
}

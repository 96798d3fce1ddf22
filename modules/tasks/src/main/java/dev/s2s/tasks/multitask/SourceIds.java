package dev.s2s.tasks.multitask;

import dev.s2s.text.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Maps source tokens to ids of the shared source vocabulary. Translation sources get the end
 * marker appended (as the translation task feeds them); tagged sentences are looked up one id per
 * token, lower-cased first when the config's {@code text.lowercase} is on (CoNLL tokens do not pass
 * through the tokenizer that lower-cases translation text).
 */
final class SourceIds {
  private final Vocabulary vocabulary;
  private final boolean lowercase;

  SourceIds(Vocabulary vocabulary, boolean lowercase) {
    this.vocabulary = vocabulary;
    this.lowercase = lowercase;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** Tokenized translation source plus the end marker. */
  int[] translationSource(List<String> tokens) {
    int[] ids = vocabulary.ids(tokens);
    int[] out = Arrays.copyOf(ids, ids.length + 1);
    out[ids.length] = Vocabulary.EOS_ID;
    return out;
  }

  /** One id per token of a sentence to tag. */
  int[] taggingTokens(List<String> tokens) {
    return vocabulary.ids(normalise(tokens, lowercase));
  }

  /** The tagging tokens as they enter the vocabulary (lower-cased when configured). */
  static List<String> normalise(List<String> tokens, boolean lowercase) {
    if (!lowercase) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.size());
    tokens.forEach(t -> out.add(t.toLowerCase(Locale.ROOT)));
    return out;
  }
}

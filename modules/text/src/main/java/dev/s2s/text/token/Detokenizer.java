package dev.s2s.text.token;

import java.util.List;

/** Joins tokens back into normal text (inverse of a {@link Tokenizer} up to spacing). */
@FunctionalInterface
public interface Detokenizer {
  /** The text for {@code tokens}; empty for no tokens. */
  String detokenize(List<String> tokens);
}

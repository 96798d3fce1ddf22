package dev.s2s.text.token;

import java.util.List;

/** Splits one sentence (or line) of raw text into tokens. Implementations are thread-safe. */
@FunctionalInterface
public interface Tokenizer {
  /** The tokens of {@code text}; never null, empty for blank text. */
  List<String> tokenize(String text);
}

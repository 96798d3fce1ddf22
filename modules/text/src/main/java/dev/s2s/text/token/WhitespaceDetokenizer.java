package dev.s2s.text.token;

import java.util.List;

/** Joins tokens with single spaces (the inverse of {@link WhitespaceTokenizer}). */
public final class WhitespaceDetokenizer implements Detokenizer {
  @Override
  public String detokenize(List<String> tokens) {
    return String.join(" ", tokens);
  }
}

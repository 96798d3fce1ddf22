package dev.s2s.text.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Splits on runs of whitespace ({@link Character#isWhitespace}); the inverse joins with one space. */
public final class WhitespaceTokenizer implements Tokenizer {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{javaWhitespace}]+");

  @Override
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>(Arrays.asList(WHITESPACE.split(text)));
    out.removeIf(String::isEmpty);
    return out;
  }
}

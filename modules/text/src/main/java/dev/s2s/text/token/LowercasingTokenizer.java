package dev.s2s.text.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lowercases the tokens of another tokenizer (after tokenizing, so that casing can still guide the
 * inner tokenizer, e.g. for abbreviations). Uses {@link Locale#ROOT} rules.
 */
public final class LowercasingTokenizer implements Tokenizer {
  private final Tokenizer inner;

  public LowercasingTokenizer(Tokenizer inner) {
    this.inner = inner;
  }

  @Override
  public List<String> tokenize(String text) {
    List<String> toks = inner.tokenize(text);
    List<String> out = new ArrayList<>(toks.size());
    for (String t : toks) {
      out.add(t.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}

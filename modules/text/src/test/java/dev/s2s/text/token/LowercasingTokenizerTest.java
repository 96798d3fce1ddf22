package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LowercasingTokenizerTest {
  @Test
  void lowercasesAfterTokenizing() {
    Tokenizer inner = text -> List.of("İstanbul", "ÉTÉ", "Straße", "DR.");
    // Locale.ROOT rules: İ (U+0130) lowercases to i + combining dot above (U+0307)
    assertEquals(List.of("i\u0307stanbul", "été", "straße", "dr."), new LowercasingTokenizer(inner).tokenize("x"));
  }
}

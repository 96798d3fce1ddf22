package dev.s2s.text.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.common.UserException;
import org.junit.jupiter.api.Test;

class VocabularyOptionsTest {
  @Test
  void negativeMaxSizeNamesTheKey() {
    UserException e =
        assertThrows(UserException.class, () -> VocabularyOptions.of(1, -1, "vocab.min_freq", "vocab.max_size"));
    assertEquals("vocab.max_size: must be at least 5 (4 special tokens + 1 word), got -1", e.getMessage());
  }

  @Test
  void zeroMaxSizeWithoutKey() {
    UserException e = assertThrows(UserException.class, () -> new VocabularyOptions(1, 0));
    assertEquals("vocabulary max size: must be at least 5 (4 special tokens + 1 word), got 0", e.getMessage());
  }

  @Test
  void minFrequencyBelowOne() {
    UserException e =
        assertThrows(UserException.class, () -> VocabularyOptions.of(0, 100, "vocab.min_freq", "vocab.max_size"));
    assertEquals("vocab.min_freq: must be at least 1, got 0", e.getMessage());
  }

  @Test
  void validOptions() {
    assertEquals(new VocabularyOptions(2, 5), VocabularyOptions.of(2, 5, "a", "b"));
  }
}

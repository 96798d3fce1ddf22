package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggedSentenceTest {
  @Test
  void rejectsLengthMismatch() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TaggedSentence(List.of("a", "b"), List.of("O")));
    assertEquals("tokens [2] and tags [1] differ in length", e.getMessage());
  }

  @Test
  void rejectsEmptySentence() {
    assertThrows(IllegalArgumentException.class, () -> new TaggedSentence(List.of(), List.of()));
  }
}

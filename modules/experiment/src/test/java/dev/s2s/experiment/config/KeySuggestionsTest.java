package dev.s2s.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeySuggestionsTest {
  private static final List<String> KEYS = List.of("batch_size", "max_epochs", "max_steps", "learning_rate", "clip");

  @Test
  void suggestsTheClosestKey() {
    assertEquals("max_steps", KeySuggestions.closest("maxSteps", KEYS)); // case and '_' ignored
    assertEquals("max_epochs", KeySuggestions.closest("max_epoch", KEYS)); // one deletion
    assertEquals("learning_rate", KeySuggestions.closest("learning_rtae", KEYS)); // one swap
    assertNull(KeySuggestions.closest("optimizer", KEYS));
  }

  @Test
  void distanceCountsEditsAndSwaps() {
    // hand-derived: kitten -> sitting needs 3 edits (k->s, e->i, +g)
    assertEquals(3, KeySuggestions.distance("kitten", "sitting"));
    assertEquals(1, KeySuggestions.distance("ab", "ba"));
    assertEquals(0, KeySuggestions.distance("", ""));
  }
}

package dev.s2s.neural.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTagSetTest {
  private final BioTagSet tags = BioTagSet.of(List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC"));

  @Test
  void transitionTableFollowsIob2() {
    // rows: from O, B-PER, I-PER, B-LOC, I-LOC; columns: to the same order.
    // I-PER (col 2) only after B-PER/I-PER; I-LOC (col 4) only after B-LOC/I-LOC; others always.
    boolean[][] expected = {
      {true, true, false, true, false},
      {true, true, true, true, false},
      {true, true, true, true, false},
      {true, true, false, true, true},
      {true, true, false, true, true},
    };
    TransitionConstraints c = TransitionConstraints.bio(tags);
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        assertEquals(expected[i][j], c.allowedTransition(i, j), "from " + tags.tag(i) + " to " + tags.tag(j));
      }
    }
    assertTrue(c.allowedStart(0) && c.allowedStart(1) && c.allowedStart(3));
    assertFalse(c.allowedStart(2) || c.allowedStart(4));
    for (int j = 0; j < 5; j++) {
      assertTrue(c.allowedEnd(j));
    }
  }

  @Test
  void typesAndValidity() {
    assertEquals("PER", tags.type(2));
    assertEquals(null, tags.type(0));
    assertEquals(3, tags.indexOf("B-LOC"));
    assertTrue(tags.isValid(new int[] {1, 2, 0, 3, 4, 4}));
    assertFalse(tags.isValid(new int[] {2}));
    assertFalse(tags.isValid(new int[] {1, 4}));
  }

  @Test
  void badTagsAreNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BioTagSet.of(List.of("O", "PER")));
    assertTrue(e.getMessage().contains("'PER' at index 1 is not BIO"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> BioTagSet.of(List.of("O", "O")));
    assertTrue(e.getMessage().contains("duplicate tag 'O'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> tags.indexOf("B-ORG"));
    assertTrue(e.getMessage().contains("unknown tag 'B-ORG'"), e.getMessage());
  }
}

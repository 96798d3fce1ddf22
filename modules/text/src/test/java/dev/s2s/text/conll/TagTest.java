package dev.s2s.text.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TagTest {
  @Test
  void parsesValidTags() {
    assertEquals(Tag.OUTSIDE, Tag.parse("O"));
    assertEquals(new Tag('B', "PER"), Tag.parse("B-PER"));
    assertEquals(new Tag('I', "I-NP"), Tag.parse("I-I-NP"));
    assertEquals("I-LOC", Tag.parse("I-LOC").toString());
    assertEquals("B-LOC", Tag.parse("I-LOC").withPrefix('B').toString());
  }

  @Test
  void rejectsPrefixWithoutType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tag.parse("B-"));
    assertTrue(e.getMessage().contains("'B-'"), e.getMessage());
    assertTrue(e.getMessage().contains("expected O, B-TYPE or I-TYPE"), e.getMessage());
  }

  @Test
  void rejectsUnknownPrefix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tag.parse("X-PER"));
    assertTrue(e.getMessage().contains("'X-PER'"), e.getMessage());
    assertTrue(e.getMessage().contains("'X-'"), e.getMessage());
  }

  @Test
  void rejectsOtherMalformedTags() {
    for (String bad : new String[] {"", "B", "PER", "BPER", "o", "b-PER", "O-PER", "I- PER"}) {
      assertThrows(IllegalArgumentException.class, () -> Tag.parse(bad), bad);
    }
  }
}

package dev.s2s.neural.crf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagSetTest {
  private final EntityTagSet tags = EntityTagSet.of(List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC"));

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
    TransitionConstraints c = TransitionConstraints.of(tags);
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

  private final EntityTagSet iobes = EntityTagSet.of(List.of("O", "B-PER", "I-PER", "E-PER", "S-PER"));

  @Test
  void transitionTableFollowsIobes() {
    // rows and columns: O, B-PER, I-PER, E-PER, S-PER. Inside a chunk (after B or I) only I or E of
    // the same type; outside (after O, E or S) only O, B or S.
    boolean[][] expected = {
      {true, true, false, false, true},
      {false, false, true, true, false},
      {false, false, true, true, false},
      {true, true, false, false, true},
      {true, true, false, false, true},
    };
    TransitionConstraints c = TransitionConstraints.of(iobes);
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        assertEquals(expected[i][j], c.allowedTransition(i, j), "from " + iobes.tag(i) + " to " + iobes.tag(j));
      }
    }
    boolean[] start = {true, true, false, false, true};
    boolean[] end = {true, false, false, true, true};
    for (int j = 0; j < 5; j++) {
      assertEquals(start[j], c.allowedStart(j), "start " + iobes.tag(j));
      assertEquals(end[j], c.allowedEnd(j), "end " + iobes.tag(j));
    }
    assertEquals(EntityTagSet.Format.IOBES, iobes.format());
    assertEquals(EntityTagSet.Format.IOB2, tags.format());
    assertFalse(iobes.isValid(new int[] {0, 1}), "a chunk left open at the end");
    assertTrue(iobes.isValid(new int[] {1, 2, 3, 4, 0}));
  }

  @Test
  void forTypesListsEachTypesTagsAfterO() {
    assertEquals(List.of("O", "B-LOC", "I-LOC", "E-LOC", "S-LOC", "B-PER", "I-PER", "E-PER", "S-PER"),
        EntityTagSet.forTypes(EntityTagSet.typesOf(List.of(List.of("B-PER", "O", "B-LOC"))),
            EntityTagSet.Format.IOBES).tags());
    assertEquals(List.of("O", "B-PER", "I-PER"),
        EntityTagSet.forTypes(List.of("PER"), EntityTagSet.Format.IOB2).tags());
  }

  @Test
  void encodeConvertsIob2ToIobesAndIob2TagConvertsBack() {
    EntityTagSet set = EntityTagSet.forTypes(List.of("LOC", "PER"), EntityTagSet.Format.IOBES);
    List<String> iob2 = List.of("B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "B-PER");
    List<String> expected = List.of("B-PER", "I-PER", "E-PER", "O", "S-LOC", "B-LOC", "E-LOC", "S-PER");
    int[] ids = set.encode(iob2);
    for (int t = 0; t < ids.length; t++) {
      assertEquals(expected.get(t), set.tag(ids[t]), "position " + t);
      assertEquals(iob2.get(t), set.iob2Tag(ids[t]), "position " + t);
    }
    assertTrue(set.isValid(ids));
    // a stray I-X (after O or after another type) starts a chunk, as conlleval reads it
    assertEquals(List.of("S-PER", "S-LOC", "B-PER", "E-PER"),
        names(set, set.encode(List.of("I-PER", "I-LOC", "I-PER", "I-PER"))));
    // IOB2 sets encode by name
    assertEquals(List.of("B-PER", "I-PER", "O"), names(tags, tags.encode(List.of("B-PER", "I-PER", "O"))));
    assertEquals("I-PER", tags.iob2Tag(2));
  }

  private static List<String> names(EntityTagSet set, int[] ids) {
    return java.util.Arrays.stream(ids).mapToObj(set::tag).toList();
  }

  @Test
  void badTagsAreNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EntityTagSet.of(List.of("O", "PER")));
    assertTrue(e.getMessage().contains("'PER' at index 1 is neither BIO nor IOBES"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> EntityTagSet.typesOf(List.of(List.of("O", "S-PER"))));
    assertTrue(e.getMessage().contains("'S-PER' is not IOB2"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> EntityTagSet.of(List.of("O", "O")));
    assertTrue(e.getMessage().contains("duplicate tag 'O'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> tags.indexOf("B-ORG"));
    assertTrue(e.getMessage().contains("unknown tag 'B-ORG'"), e.getMessage());
  }
}

package dev.s2s.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RowSelectionTest {
  private static RowSelection only(int every, Integer... residues) {
    return new RowSelection(every, List.of(residues), null, RowSelection.By.ROW);
  }

  private static RowSelection except(int every, Integer... residues) {
    return new RowSelection(every, null, List.of(residues), RowSelection.By.ROW);
  }

  @Test
  void selectsRowsByTheirResidue() {
    RowSelection dev = only(100, 0);
    assertTrue(dev.selects(0, "any"));
    assertTrue(dev.selects(300, "any"));
    assertFalse(dev.selects(301, "any"));
    RowSelection train = except(100, 1, 0);
    assertFalse(train.selects(100, "any"));
    assertFalse(train.selects(1001, "any"));
    assertTrue(train.selects(1002, "any"));
    assertEquals(List.of(0, 1), train.except(), "residues are kept sorted");
    assertEquals(Set.of(2, 3), except(4, 0, 1).residues());
  }

  @Test
  void overlapFollowsTheChineseRemainderTheorem() {
    assertFalse(RowSelection.overlap(except(100, 0, 1), only(100, 0)));
    assertTrue(RowSelection.overlap(except(100, 0, 1), only(100, 2)));
    // i = 1 mod 4 is odd, i = 4 mod 6 is even: never both
    assertFalse(RowSelection.overlap(only(4, 1), only(6, 4)));
    // i = 9 is 1 mod 4 and 3 mod 6
    assertTrue(RowSelection.overlap(only(4, 1), only(6, 3)));
    assertTrue(RowSelection.overlap(null, only(50, 7)), "no selection reads every row");
  }

  @Test
  void invalidSelectionsNameTheKey() {
    assertEquals("every", assertThrows(InvalidValueException.class, () -> only(1, 0)).key());
    assertEquals("except", assertThrows(InvalidValueException.class,
        () -> new RowSelection(10, List.of(0), List.of(1), RowSelection.By.ROW)).key());
    assertEquals("only", assertThrows(InvalidValueException.class, () -> new RowSelection(10, null, null, RowSelection.By.ROW)).key());
    assertEquals("only[1]", assertThrows(InvalidValueException.class, () -> only(10, 3, 10)).key());
    assertEquals("only[1]", assertThrows(InvalidValueException.class, () -> only(10, 3, 3)).key());
    assertEquals("only", assertThrows(InvalidValueException.class, () -> only(10)).key());
    assertEquals("except", assertThrows(InvalidValueException.class, () -> except(2, 0, 1)).key());
  }

  @Test
  void bySourceHashesTheSentenceWithFnv1a() {
    // reference vectors of 32-bit FNV-1a (Fowler, Noll, Vo)
    assertEquals(0x811c9dc5L, RowSelection.fnv1a(""));
    assertEquals(0xe40c292cL, RowSelection.fnv1a("a"));
    assertEquals(0xe70c2de5L, RowSelection.fnv1a("b"));
    assertEquals(0xbf9cf968L, RowSelection.fnv1a("foobar"));
    RowSelection evenHashes = new RowSelection(2, List.of(0), null, RowSelection.By.SOURCE);
    assertTrue(evenHashes.selects(1, "foobar"));
    assertFalse(evenHashes.selects(0, "b"), "the row number plays no part");
    assertTrue(RowSelection.overlap(evenHashes, only(2, 1)), "selections by different keys may share rows");
    assertFalse(RowSelection.overlap(evenHashes, new RowSelection(2, List.of(1), null, RowSelection.By.SOURCE)));
    assertEquals("{every: 2, only: [0], by: source}", evenHashes.toString());
  }

  @Test
  void printsAsYaml() {
    assertEquals("{every: 100, only: [0]}", only(100, 0).toString());
    assertEquals("{every: 100, except: [0, 1]}", except(100, 0, 1).toString());
  }
}

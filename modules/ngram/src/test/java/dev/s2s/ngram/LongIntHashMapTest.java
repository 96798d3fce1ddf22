package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LongIntHashMapTest {
  /** Indices are insertion ranks; they survive growth from a tiny initial capacity. */
  @Test
  void indicesAreInsertionRanksAcrossGrowth() {
    LongIntHashMap map = new LongIntHashMap(1);
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      long key = (long) i * 1_000_003L + (i % 7) * (1L << 40);
      assertEquals(i, map.getOrInsert(key));
    }
    assertEquals(n, map.size());
    for (int i = 0; i < n; i++) {
      long key = (long) i * 1_000_003L + (i % 7) * (1L << 40);
      assertEquals(i, map.get(key));
      assertEquals(i, map.getOrInsert(key));
      assertEquals(key, map.keyAt(i));
    }
    assertEquals(-1, map.get(7L));
    assertEquals(n, map.size());
  }

  @Test
  void rejectsNegativeKeysAndBadIndices() {
    LongIntHashMap map = new LongIntHashMap(4);
    assertThrows(IllegalArgumentException.class, () -> map.getOrInsert(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> map.keyAt(0));
  }
}

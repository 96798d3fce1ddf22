package dev.s2s.ngram;

import java.util.Arrays;

/**
 * Open-addressing hash map from non-negative {@code long} keys to dense {@code int} indices, the
 * index being the insertion rank of the key (0, 1, 2, ...). The keys are kept in insertion order
 * so that the map doubles as the key array of an n-gram table.
 */
public final class LongIntHashMap {
  private static final long EMPTY = -1L;
  private static final double MAX_LOAD = 0.6;

  private long[] slotKeys;
  private int[] slotValues;
  private long[] keysByIndex;
  private int size;

  /** A map that expects about {@code expectedSize} keys (it grows beyond that). */
  public LongIntHashMap(int expectedSize) {
    if (expectedSize < 0) {
      throw new IllegalArgumentException("expectedSize must be >= 0, got " + expectedSize);
    }
    int capacity = Integer.highestOneBit(Math.max(4, (int) (expectedSize / MAX_LOAD) + 1)) << 1;
    slotKeys = new long[capacity];
    Arrays.fill(slotKeys, EMPTY);
    slotValues = new int[capacity];
    keysByIndex = new long[Math.max(4, expectedSize)];
  }

  /** Number of keys. */
  public int size() {
    return size;
  }

  /** Index of {@code key}, or -1 when absent. */
  public int get(long key) {
    int mask = slotKeys.length - 1;
    for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      long k = slotKeys[slot];
      if (k == key) {
        return slotValues[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  /** Index of {@code key}, inserting it with the next free index when absent. */
  public int getOrInsert(long key) {
    if (key < 0) {
      throw new IllegalArgumentException("keys must be >= 0, got " + key);
    }
    int mask = slotKeys.length - 1;
    for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      long k = slotKeys[slot];
      if (k == key) {
        return slotValues[slot];
      }
      if (k == EMPTY) {
        return insertAt(slot, key);
      }
    }
  }

  /** The key inserted with index {@code index}. */
  public long keyAt(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size + " keys");
    }
    return keysByIndex[index];
  }

  private int insertAt(int slot, long key) {
    int index = size++;
    slotKeys[slot] = key;
    slotValues[slot] = index;
    if (index == keysByIndex.length) {
      keysByIndex = Arrays.copyOf(keysByIndex, Math.max(8, keysByIndex.length + (keysByIndex.length >> 1)));
    }
    keysByIndex[index] = key;
    if (size > slotKeys.length * MAX_LOAD) {
      rehash(slotKeys.length << 1);
    }
    return index;
  }

  private void rehash(int capacity) {
    long[] newKeys = new long[capacity];
    Arrays.fill(newKeys, EMPTY);
    int[] newValues = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < size; i++) {
      long key = keysByIndex[i];
      int slot = slotOf(key, mask);
      while (newKeys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      newKeys[slot] = key;
      newValues[slot] = i;
    }
    slotKeys = newKeys;
    slotValues = newValues;
  }

  private static int slotOf(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}

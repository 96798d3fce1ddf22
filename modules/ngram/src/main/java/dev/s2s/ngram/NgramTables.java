package dev.s2s.ngram;

/**
 * Navigation helpers over n-gram tables keyed as described in the package documentation: the
 * context index and last word of an n-gram, its words, the index of its suffix (the n-gram without
 * its first word) and of its prefix.
 */
final class NgramTables {
  private NgramTables() {}

  /** Index in table n-1 of the first n-1 words (0 for unigrams). */
  static int contextIndex(LongIntHashMap table, int n, int index, int vocabularySize) {
    return n == 1 ? 0 : (int) (table.keyAt(index) / vocabularySize);
  }

  /** Last word id of an n-gram. */
  static int lastWord(LongIntHashMap table, int index, int vocabularySize) {
    return (int) (table.keyAt(index) % vocabularySize);
  }

  /** Word ids of the n-gram with index {@code index} in {@code tables[n]}. */
  static int[] words(LongIntHashMap[] tables, int n, int index, int vocabularySize) {
    int[] words = new int[n];
    int at = index;
    for (int k = n; k >= 1; k--) {
      long key = tables[k].keyAt(at);
      words[k - 1] = (int) (key % vocabularySize);
      at = (int) (key / vocabularySize);
    }
    return words;
  }

  /**
   * Index of the n-gram {@code ids[start .. start+length-1]} in {@code tables[length]}, or -1 when
   * it (or one of its prefixes) is absent. Table 1 indices equal word ids.
   */
  static int find(LongIntHashMap[] tables, int[] ids, int start, int length, int vocabularySize) {
    int index = tables[1].get(ids[start]);
    for (int k = 2; k <= length && index >= 0; k++) {
      index = tables[k].get((long) index * vocabularySize + ids[start + k - 1]);
    }
    return index;
  }

  /**
   * For every n-gram of order n >= 2, the index of its suffix (words 2..n) in table n-1. Every
   * suffix of a counted n-gram was counted too, so all entries are valid.
   */
  static int[][] suffixIndices(LongIntHashMap[] tables, int order, int vocabularySize) {
    int[][] suffix = new int[order + 1][];
    for (int n = 2; n <= order; n++) {
      LongIntHashMap table = tables[n];
      int[] s = new int[table.size()];
      for (int j = 0; j < s.length; j++) {
        long key = table.keyAt(j);
        int context = (int) (key / vocabularySize);
        int word = (int) (key % vocabularySize);
        if (n == 2) {
          s[j] = word;
        } else {
          int contextSuffix = suffix[n - 1][context];
          s[j] = tables[n - 1].get((long) contextSuffix * vocabularySize + word);
          if (s[j] < 0) {
            throw new IllegalStateException("suffix of " + n + "-gram " + j + " is not in table " + (n - 1));
          }
        }
      }
      suffix[n] = s;
    }
    return suffix;
  }

  /** For every n-gram of every order, whether its first word is {@code <s>}. */
  static boolean[][] startsWithBos(LongIntHashMap[] tables, int order, int vocabularySize) {
    boolean[][] starts = new boolean[order + 1][];
    starts[1] = new boolean[tables[1].size()];
    starts[1][LmVocabulary.BOS_ID] = true;
    for (int n = 2; n <= order; n++) {
      boolean[] s = new boolean[tables[n].size()];
      for (int j = 0; j < s.length; j++) {
        s[j] = starts[n - 1][(int) (tables[n].keyAt(j) / vocabularySize)];
      }
      starts[n] = s;
    }
    return starts;
  }
}

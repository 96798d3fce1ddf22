package dev.s2s.ngram;

import java.util.Arrays;
import java.util.List;

/**
 * Raw counts of every n-gram of orders 1..N in a training text with {@code <s>} and {@code </s>}
 * added around each sentence. Table 1 holds every vocabulary word with index equal to its word
 * id (count 0 for words never seen, such as an unused {@code <unk>}); table n holds the n-grams
 * keyed by {@code contextIndex * vocabularySize + word} (see the package documentation).
 */
public final class NgramCounts {
  private final LmVocabulary vocabulary;
  private final int order;
  private final LongIntHashMap[] tables;
  private final int[][] counts;

  private NgramCounts(LmVocabulary vocabulary, int order, LongIntHashMap[] tables, int[][] counts) {
    this.vocabulary = vocabulary;
    this.order = order;
    this.tables = tables;
    this.counts = counts;
  }

  /**
   * Counts every n-gram up to {@code order} in {@code sentences}, each an array of word ids
   * (without boundary tokens) from {@code vocabulary}.
   */
  public static NgramCounts count(LmVocabulary vocabulary, List<int[]> sentences, int order) {
    if (order < 1) {
      throw new IllegalArgumentException("order must be >= 1, got " + order);
    }
    int v = vocabulary.size();
    long tokens = 0;
    for (int[] s : sentences) {
      tokens += s.length + 1;
    }
    LongIntHashMap[] tables = new LongIntHashMap[order + 1];
    int[][] counts = new int[order + 1][];
    tables[1] = new LongIntHashMap(v);
    for (int w = 0; w < v; w++) {
      tables[1].getOrInsert(w);
    }
    counts[1] = new int[v];
    int expected = (int) Math.min(Integer.MAX_VALUE / 2, tokens);
    for (int n = 2; n <= order; n++) {
      tables[n] = new LongIntHashMap(expected);
      counts[n] = new int[Math.max(4, expected)];
    }
    int[] previous = new int[order + 1];
    int[] current = new int[order + 1];
    for (int[] sentence : sentences) {
      Arrays.fill(previous, -1);
      previous[1] = LmVocabulary.BOS_ID;
      counts[1][LmVocabulary.BOS_ID]++;
      for (int i = 0; i <= sentence.length; i++) {
        int w = i < sentence.length ? sentence[i] : LmVocabulary.EOS_ID;
        if (w < 0 || w >= v || w == LmVocabulary.BOS_ID) {
          throw new IllegalArgumentException("word id " + w + " cannot be counted (vocabulary " + v + ")");
        }
        current[1] = w;
        counts[1][w]++;
        for (int n = 2; n <= order; n++) {
          if (previous[n - 1] < 0) {
            current[n] = -1;
            continue;
          }
          int index = tables[n].getOrInsert((long) previous[n - 1] * v + w);
          if (index == counts[n].length) {
            counts[n] = Arrays.copyOf(counts[n], counts[n].length + (counts[n].length >> 1) + 1);
          }
          counts[n][index]++;
          current[n] = index;
        }
        int[] swap = previous;
        previous = current;
        current = swap;
      }
    }
    for (int n = 2; n <= order; n++) {
      counts[n] = Arrays.copyOf(counts[n], tables[n].size());
    }
    return new NgramCounts(vocabulary, order, tables, counts);
  }

  public LmVocabulary vocabulary() {
    return vocabulary;
  }

  /** Highest order N. */
  public int order() {
    return order;
  }

  /** Table of order {@code n} (1..N). */
  public LongIntHashMap table(int n) {
    return tables[n];
  }

  /** Number of distinct n-grams of order {@code n} (for n = 1: the vocabulary size). */
  public int size(int n) {
    return tables[n].size();
  }

  /** Raw count of the n-gram with index {@code index} in table {@code n}. */
  public int count(int n, int index) {
    return counts[n][index];
  }

  /** Raw counts of table {@code n}, indexed like the table (shared, do not modify). */
  int[] counts(int n) {
    return counts[n];
  }
}

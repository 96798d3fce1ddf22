package dev.s2s.ngram;

/**
 * An n-gram language model in backoff (ARPA) form: every stored n-gram has a log10 probability,
 * and every stored n-gram below the highest order may have a log10 backoff weight (0 when absent).
 * Interpolated Kneser-Ney and add-k models are converted to this form when built, and ARPA files
 * load into it, so one scorer serves both.
 *
 * <p>Scoring follows the standard backoff rule: {@code p(w | h) = P(h w)} if {@code h w} is
 * stored, otherwise {@code bow(h) * p(w | h')} with {@code h'} = {@code h} without its first word
 * and {@code bow(h) = 1} when {@code h} is not stored.
 *
 * <p>Arrays: {@code log10Prob[n]} and {@code log10Bow[n]} are indexed like table {@code n}
 * ([number of n-grams of order n]); {@code log10Bow[order]} is unused. A unigram with probability
 * {@code -infinity} is a reserved word the model does not contain (for example {@code <unk>} in an
 * ARPA file without it).
 */
public final class BackoffModel {
  /** ARPA convention for log10(0), used for {@code <s>}. */
  public static final float LOG10_ZERO = -99f;

  private final LmVocabulary vocabulary;
  private final int order;
  private final LongIntHashMap[] tables;
  private final float[][] log10Prob;
  private final float[][] log10Bow;

  /**
   * @param tables tables[1..order]; table 1 index equals word id for every vocabulary word
   * @param log10Prob log10Prob[1..order], each [size of table n]
   * @param log10Bow log10Bow[1..order-1], each [size of table n]; entries may be 0
   */
  public BackoffModel(
      LmVocabulary vocabulary, int order, LongIntHashMap[] tables, float[][] log10Prob, float[][] log10Bow) {
    if (order < 1 || tables.length != order + 1 || log10Prob.length != order + 1 || log10Bow.length != order + 1) {
      throw new IllegalArgumentException("order " + order + " needs arrays of length " + (order + 1));
    }
    if (tables[1].size() != vocabulary.size()) {
      throw new IllegalArgumentException(
          "table 1 has " + tables[1].size() + " entries, vocabulary has " + vocabulary.size());
    }
    for (int n = 1; n <= order; n++) {
      if (log10Prob[n].length != tables[n].size()) {
        throw new IllegalArgumentException(
            "log10Prob[" + n + "] has length " + log10Prob[n].length + ", table has " + tables[n].size());
      }
      if (n < order && log10Bow[n].length != tables[n].size()) {
        throw new IllegalArgumentException(
            "log10Bow[" + n + "] has length " + log10Bow[n].length + ", table has " + tables[n].size());
      }
    }
    this.vocabulary = vocabulary;
    this.order = order;
    this.tables = tables;
    this.log10Prob = log10Prob;
    this.log10Bow = log10Bow;
  }

  public LmVocabulary vocabulary() {
    return vocabulary;
  }

  /** Highest order N. */
  public int order() {
    return order;
  }

  /** Number of stored n-grams of order {@code n}, counting only unigrams the model contains. */
  public int ngramCount(int n) {
    if (n > 1) {
      return tables[n].size();
    }
    int count = 0;
    for (float p : log10Prob[1]) {
      if (p != Float.NEGATIVE_INFINITY) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the model gives the unigram {@code word} (a word id, or -1 for none) a probability
   * above the ARPA zero (so {@code <s>} and reserved words the model lacks are not contained).
   */
  public boolean contains(int word) {
    return word >= 0 && word != LmVocabulary.BOS_ID && log10Prob[1][word] > LOG10_ZERO;
  }

  /**
   * log10 p(ids[pos] | ids[pos-N+1 .. pos-1]) by the backoff rule; the history is clipped at
   * index 0 (normally {@code <s>}). Returns {@code -infinity} when the word has no probability.
   */
  public double log10Conditional(int[] ids, int pos) {
    int word = ids[pos];
    int v = vocabulary.size();
    double backoff = 0;
    for (int n = Math.min(order, pos + 1); n >= 1; n--) {
      int historyLength = n - 1;
      int context = historyLength == 0 ? 0 : NgramTables.find(tables, ids, pos - historyLength, historyLength, v);
      if (context < 0) {
        continue;
      }
      int index = tables[n].get(n == 1 ? word : (long) context * v + word);
      if (index >= 0 && log10Prob[n][index] != Float.NEGATIVE_INFINITY) {
        return backoff + log10Prob[n][index];
      }
      if (historyLength > 0) {
        backoff += log10Bow[historyLength][context];
      }
    }
    return Double.NEGATIVE_INFINITY;
  }

  /** log10 probability of the n-gram with index {@code index} in table {@code n}. */
  public float log10Prob(int n, int index) {
    return log10Prob[n][index];
  }

  /** log10 backoff weight of the n-gram with index {@code index} in table {@code n} (n < N). */
  public float log10Bow(int n, int index) {
    return log10Bow[n][index];
  }

  /** Word ids of the n-gram with index {@code index} in table {@code n}. */
  public int[] words(int n, int index) {
    return NgramTables.words(tables, n, index, vocabulary.size());
  }

  /** Index of the n-gram {@code words} in its table, or -1 when absent. */
  public int indexOf(int... words) {
    if (words.length < 1 || words.length > order) {
      return -1;
    }
    return NgramTables.find(tables, words, 0, words.length, vocabulary.size());
  }

  /** Number of entries in table {@code n} (for n = 1 including reserved words the model lacks). */
  int tableSize(int n) {
    return tables[n].size();
  }

  /** Whether the n-gram has successors in table n+1 (so its backoff weight is meaningful). */
  boolean[] hasSuccessors(int n) {
    boolean[] has = new boolean[tables[n].size()];
    if (n < order) {
      LongIntHashMap next = tables[n + 1];
      int v = vocabulary.size();
      for (int j = 0; j < next.size(); j++) {
        has[(int) (next.keyAt(j) / v)] = true;
      }
    }
    return has;
  }
}

package dev.s2s.ngram;

import dev.s2s.common.UserException;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Builds an n-gram model by counting a training text and smoothing the counts.
 *
 * <p>Kneser-Ney (plain and modified) is interpolated: for an n-gram {@code h w} with (adjusted)
 * count a, {@code p(w|h) = max(a - D(a), 0) / sum_v a(h v) + gamma(h) p(w|h')} with {@code
 * gamma(h) = sum_v D(a(h v)) / sum_v a(h v)}. The highest order uses raw counts; lower orders use
 * continuation counts N1+(. h w) (raw counts for n-grams starting with {@code <s>}, which have no
 * left context); unigrams interpolate with the uniform distribution over the vocabulary without
 * {@code <s>}. Discounts come from each order's count-of-counts. In backoff form, seen n-grams keep
 * their interpolated probability and bow(h) = gamma(h).
 *
 * <p>Add-k: {@code p(w|h) = (c(h w) + k) / (c(h) + k |V|)} for seen n-grams, where |V| counts the
 * vocabulary without {@code <s>}; the remaining mass goes to the lower order through a
 * normalising backoff weight (as SRILM's {@code -addsmooth}); unigrams are plain add-k.
 */
public final class NgramLmBuilder {
  private static final Logger LOG = LogManager.getLogger(NgramLmBuilder.class);

  private final int order;
  private final Smoothing smoothing;
  private final double k;

  /**
   * @param order highest order N (1..)
   * @param smoothing how to smooth
   * @param k the added count for {@link Smoothing#ADD_K} (ignored otherwise), > 0
   */
  public NgramLmBuilder(int order, Smoothing smoothing, double k) {
    if (order < 1) {
      throw new UserException("--order: expected an integer >= 1, got " + order);
    }
    if (smoothing == Smoothing.ADD_K && !(k > 0 && Double.isFinite(k))) {
      throw new UserException("--k: expected a finite number > 0 for add-k smoothing, got " + k);
    }
    this.order = order;
    this.smoothing = smoothing;
    this.k = k;
  }

  /**
   * Builds a model from {@code sentences}; the vocabulary is their words plus {@code <unk>}.
   *
   * @param source names the text in error messages
   */
  public BuiltModel build(List<TextSentence> sentences, String source) {
    if (sentences.isEmpty()) {
      throw new UserException(source + ": no tokens: expected at least one non-blank line of training text");
    }
    LmVocabulary vocabulary = new LmVocabulary();
    List<int[]> ids = new ArrayList<>(sentences.size());
    long tokens = 0;
    for (TextSentence s : sentences) {
      int[] sentence = new int[s.tokens().size()];
      for (int i = 0; i < sentence.length; i++) {
        sentence[i] = vocabulary.add(s.tokens().get(i));
      }
      ids.add(sentence);
      tokens += sentence.length + 1;
    }
    long start = System.nanoTime();
    NgramCounts counts = NgramCounts.count(vocabulary, ids, order);
    LOG.info("counted {} sentences, {} tokens, order {} in {} ms", sentences.size(), tokens, order,
        (System.nanoTime() - start) / 1_000_000);
    List<KneserNeyDiscounts> discounts = new ArrayList<>();
    BackoffModel model =
        smoothing == Smoothing.ADD_K ? addK(counts) : kneserNey(counts, smoothing == Smoothing.MODIFIED_KN, discounts, source);
    return new BuiltModel(model, discounts, sentences.size(), tokens);
  }

  private BackoffModel kneserNey(
      NgramCounts counts, boolean modified, List<KneserNeyDiscounts> discounts, String source) {
    int v = counts.vocabulary().size();
    LongIntHashMap[] tables = tables(counts);
    int[][] suffix = NgramTables.suffixIndices(tables, order, v);
    int[][] adjusted = adjustedCounts(counts, tables, suffix);
    float[][] logProb = new float[order + 1][];
    float[][] logBow = new float[order + 1][];
    double[] lower = null;
    for (int n = 1; n <= order; n++) {
      int[] a = adjusted[n];
      KneserNeyDiscounts d =
          KneserNeyDiscounts.estimate(countOfCounts(a), modified, source + ": order " + n);
      discounts.add(d);
      int contexts = n == 1 ? 1 : tables[n - 1].size();
      double[] denominator = new double[contexts];
      double[] mass = new double[contexts];
      for (int j = 0; j < a.length; j++) {
        if (a[j] > 0) {
          int c = NgramTables.contextIndex(tables[n], n, j, v);
          denominator[c] += a[j];
          mass[c] += d.forCount(a[j]);
        }
      }
      double[] prob = new double[a.length];
      for (int j = 0; j < a.length; j++) {
        int c = NgramTables.contextIndex(tables[n], n, j, v);
        double gamma = mass[c] / denominator[c];
        double lowerProb = n == 1 ? 1.0 / (v - 1) : lower[suffix[n][j]];
        double discounted = a[j] > 0 ? Math.max(a[j] - d.forCount(a[j]), 0) / denominator[c] : 0;
        prob[j] = discounted + gamma * lowerProb;
      }
      if (n == 1) {
        prob[LmVocabulary.BOS_ID] = 0;
      } else {
        logBow[n - 1] = new float[contexts];
        for (int c = 0; c < contexts; c++) {
          logBow[n - 1][c] = denominator[c] > 0 ? (float) Math.log10(mass[c] / denominator[c]) : 0f;
        }
      }
      logProb[n] = toLog10(prob);
      lower = prob;
    }
    return new BackoffModel(counts.vocabulary(), order, tables, logProb, logBow);
  }

  /** Raw counts at the highest order; continuation counts (raw after {@code <s>}) below it. */
  private int[][] adjustedCounts(NgramCounts counts, LongIntHashMap[] tables, int[][] suffix) {
    boolean[][] bos = NgramTables.startsWithBos(tables, order, counts.vocabulary().size());
    int[][] adjusted = new int[order + 1][];
    adjusted[order] = counts.counts(order).clone();
    for (int n = order - 1; n >= 1; n--) {
      int[] a = new int[tables[n].size()];
      for (int j = 0; j < tables[n + 1].size(); j++) {
        a[suffix[n + 1][j]]++;
      }
      for (int j = 0; j < a.length; j++) {
        if (bos[n][j]) {
          a[j] = counts.count(n, j);
        }
      }
      adjusted[n] = a;
    }
    adjusted[1][LmVocabulary.BOS_ID] = 0;
    return adjusted;
  }

  private static long[] countOfCounts(int[] a) {
    long[] n = new long[5];
    for (int count : a) {
      if (count >= 1 && count <= 4) {
        n[count]++;
      }
    }
    return n;
  }

  private BackoffModel addK(NgramCounts counts) {
    int v = counts.vocabulary().size();
    LongIntHashMap[] tables = tables(counts);
    int[][] suffix = NgramTables.suffixIndices(tables, order, v);
    float[][] logProb = new float[order + 1][];
    float[][] logBow = new float[order + 1][];
    double[] lower = null;
    for (int n = 1; n <= order; n++) {
      int[] c = counts.counts(n).clone();
      if (n == 1) {
        c[LmVocabulary.BOS_ID] = 0;
      }
      int contexts = n == 1 ? 1 : tables[n - 1].size();
      double[] denominator = new double[contexts];
      int[] seen = new int[contexts];
      for (int j = 0; j < c.length; j++) {
        int ctx = NgramTables.contextIndex(tables[n], n, j, v);
        denominator[ctx] += c[j];
        seen[ctx]++;
      }
      double[] lowerSeen = new double[contexts];
      double[] prob = new double[c.length];
      for (int j = 0; j < c.length; j++) {
        int ctx = NgramTables.contextIndex(tables[n], n, j, v);
        prob[j] = (c[j] + k) / (denominator[ctx] + k * (v - 1));
        if (n > 1) {
          lowerSeen[ctx] += lower[suffix[n][j]];
        }
      }
      if (n == 1) {
        prob[LmVocabulary.BOS_ID] = 0;
      } else {
        logBow[n - 1] = new float[contexts];
        for (int ctx = 0; ctx < contexts; ctx++) {
          int unseen = (v - 1) - seen[ctx];
          if (seen[ctx] > 0 && unseen > 0) {
            double unseenMass = k * unseen / (denominator[ctx] + k * (v - 1));
            logBow[n - 1][ctx] = (float) Math.log10(unseenMass / (1 - lowerSeen[ctx]));
          }
        }
      }
      logProb[n] = toLog10(prob);
      lower = prob;
    }
    return new BackoffModel(counts.vocabulary(), order, tables, logProb, logBow);
  }

  private LongIntHashMap[] tables(NgramCounts counts) {
    LongIntHashMap[] tables = new LongIntHashMap[order + 1];
    for (int n = 1; n <= order; n++) {
      tables[n] = counts.table(n);
    }
    return tables;
  }

  private static float[] toLog10(double[] prob) {
    float[] log = new float[prob.length];
    for (int j = 0; j < prob.length; j++) {
      log[j] = prob[j] > 0 ? (float) Math.log10(prob[j]) : BackoffModel.LOG10_ZERO;
    }
    return log;
  }
}

package dev.s2s.ngram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws sentences from a {@link BackoffModel}: starting after {@code <s>}, each word is drawn from
 * p(w | history) over the vocabulary without {@code <s>}, until {@code </s>} or a length limit.
 * The same seed gives the same sentences.
 */
public final class SentenceSampler {
  private final BackoffModel model;
  private final SplittableRandom random;
  private final int maxTokens;

  /**
   * @param seed seed of the random generator
   * @param maxTokens a sentence stops after this many words if {@code </s>} was not drawn
   */
  public SentenceSampler(BackoffModel model, long seed, int maxTokens) {
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
    }
    this.model = model;
    this.random = new SplittableRandom(seed);
    this.maxTokens = maxTokens;
  }

  /** The next sentence, as words (without boundary tokens). */
  public List<String> next() {
    int v = model.vocabulary().size();
    int[] ids = new int[maxTokens + 2];
    ids[0] = LmVocabulary.BOS_ID;
    double[] p = new double[v];
    List<String> words = new ArrayList<>();
    for (int pos = 1; pos <= maxTokens; pos++) {
      double total = 0;
      Arrays.fill(p, 0);
      for (int w = 0; w < v; w++) {
        if (w != LmVocabulary.BOS_ID) {
          ids[pos] = w;
          double lp = model.log10Conditional(ids, pos);
          p[w] = lp > BackoffModel.LOG10_ZERO ? Math.pow(10, lp) : 0;
          total += p[w];
        }
      }
      int drawn = draw(p, total);
      if (drawn == LmVocabulary.EOS_ID) {
        break;
      }
      ids[pos] = drawn;
      words.add(model.vocabulary().word(drawn));
    }
    return words;
  }

  private int draw(double[] p, double total) {
    if (!(total > 0)) {
      throw new IllegalStateException("the model gives no word a probability after this history");
    }
    double u = random.nextDouble() * total;
    int last = -1;
    for (int w = 0; w < p.length; w++) {
      if (p[w] > 0) {
        last = w;
        u -= p[w];
        if (u < 0) {
          return w;
        }
      }
    }
    return last;
  }
}

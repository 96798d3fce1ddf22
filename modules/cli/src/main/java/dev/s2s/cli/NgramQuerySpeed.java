package dev.s2s.cli;

import dev.s2s.neural.bench.Throughput;
import dev.s2s.ngram.BackoffModel;
import dev.s2s.ngram.LmVocabulary;
import dev.s2s.ngram.NgramLmBuilder;
import dev.s2s.ngram.Smoothing;
import dev.s2s.ngram.TextSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Query speed of a counted n-gram model for {@code s2s bench}: an add-1 backoff model (lookup cost
 * depends on the stored n-grams and the backoff rule, not on the smoothing; add-k never rejects
 * small synthetic texts as Kneser-Ney discount estimation can) is
 * built from synthetic sentences whose words follow Zipf's law (frequency of rank r proportional
 * to 1/r over {@code vocab} words "w0".."w{V-1}", lengths uniform in [minLength, maxLength]); then
 * {@link BackoffModel#log10Conditional} is called for every position of held-out sentences from the
 * same distribution (with {@code <s>} and {@code </s>}), cycling until the query count is reached.
 */
final class NgramQuerySpeed {
  private final BackoffModel model;
  private final List<int[]> queries;
  private double checksum;

  NgramQuerySpeed(int order, int vocab, int trainSentences, int minLength, int maxLength, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] cdf = zipfCdf(vocab);
    List<TextSentence> train = new ArrayList<>(trainSentences);
    for (int i = 0; i < trainSentences; i++) {
      train.add(new TextSentence(i + 1, sentence(rnd, cdf, minLength, maxLength)));
    }
    this.model = new NgramLmBuilder(order, Smoothing.ADD_K, 1).build(train, "bench text").model();
    LmVocabulary v = model.vocabulary();
    this.queries = new ArrayList<>();
    for (int i = 0; i < Math.max(1, trainSentences / 10); i++) {
      List<String> words = sentence(rnd, cdf, minLength, maxLength);
      int[] ids = new int[words.size() + 2];
      ids[0] = LmVocabulary.BOS_ID;
      for (int j = 0; j < words.size(); j++) {
        int id = v.idOrMinusOne(words.get(j));
        ids[j + 1] = id < 0 ? LmVocabulary.UNK_ID : id;
      }
      ids[ids.length - 1] = LmVocabulary.EOS_ID;
      queries.add(ids);
    }
  }

  /** Performs {@code count} conditional-probability lookups; units are queries. */
  Throughput run(long count) {
    return Throughput.measure(() -> {
      long done = 0;
      double sum = 0;
      while (done < count) {
        for (int[] ids : queries) {
          for (int pos = 1; pos < ids.length && done < count; pos++, done++) {
            sum += model.log10Conditional(ids, pos);
          }
        }
      }
      checksum += sum; // keeps the lookups observable
      return done;
    });
  }

  /** Sum of all returned log10 probabilities (only so that the work cannot be optimised away). */
  double checksum() {
    return checksum;
  }

  private static List<String> sentence(SplittableRandom rnd, double[] cdf, int minLength, int maxLength) {
    int len = minLength + rnd.nextInt(maxLength - minLength + 1);
    List<String> words = new ArrayList<>(len);
    for (int i = 0; i < len; i++) {
      int k = java.util.Arrays.binarySearch(cdf, rnd.nextDouble() * cdf[cdf.length - 1]);
      words.add("w" + Math.min(cdf.length - 1, k >= 0 ? k : -k - 1));
    }
    return words;
  }

  private static double[] zipfCdf(int vocab) {
    double[] cdf = new double[vocab];
    double cum = 0;
    for (int r = 0; r < vocab; r++) {
      cum += 1.0 / (r + 1);
      cdf[r] = cum;
    }
    return cdf;
  }
}

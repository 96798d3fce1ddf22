package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.neural.crf.LinearChainCrf;
import dev.s2s.neural.rnn.CellType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class TaggerEnsembleTest {
  private static final DataType D = DataType.DOUBLE;
  private static final List<List<String>> SENTENCES = List.of(
      List.of("Mr", "Lee", "met", "in", "York"), List.of("in", "New", "York"), List.of("Lee"));

  /** A tagger over {@link TaggerModelTest#DATA}; a CRF head gets random scores (they start at zero). */
  private static TaggerModel tagger(boolean crf, boolean lowercase, long seed) {
    TaggerVocab vocab = TaggerVocab.build(TaggerModelTest.DATA, 1, lowercase);
    TaggerModel m = new TaggerModel(new TaggerConfig(4, 3, 3, 3, true, CellType.GRU, 4, 1, 0.0, crf), vocab, D, seed);
    if (crf) {
      SplittableRandom rnd = new SplittableRandom(seed);
      LinearChainCrf c = m.head().crf();
      for (INDArray a : List.of(c.transitions().value(), c.start().value(), c.end().value())) {
        for (long i = 0; i < a.length(); i++) {
          a.putScalar(i, rnd.nextDouble(-2, 2));
        }
      }
    }
    return m;
  }

  /** em[t][k] of a single sentence, as the model scores it alone. */
  private static double[][] emissions(TaggerModel m, List<String> sentence) {
    INDArray e = m.emissions(TaggerBatch.of(List.of(TaggedSentence.unlabelled(sentence)), m.vocab(), D));
    double[][] out = new double[sentence.size()][(int) e.size(2)];
    for (int t = 0; t < out.length; t++) {
      for (int k = 0; k < out[t].length; k++) {
        out[t][k] = e.getDouble(t, 0, k);
      }
    }
    return out;
  }

  /** The sum over members of score_m(y) = start[y0] + sum em[t][y_t] + sum trans[y_t-1][y_t] + end[y_n-1]. */
  private static double summedScore(List<TaggerModel> members, List<double[][]> em, int[] y) {
    double s = 0;
    for (int m = 0; m < members.size(); m++) {
      LinearChainCrf c = members.get(m).head().crf();
      s += c.start().value().getDouble(y[0]) + c.end().value().getDouble(y[y.length - 1]);
      for (int t = 0; t < y.length; t++) {
        s += em.get(m)[t][y[t]] + (t > 0 ? c.transitions().value().getDouble(y[t - 1], y[t]) : 0);
      }
    }
    return s;
  }

  /** The valid BIO sequence with the highest summed score, by enumerating all K^n sequences. */
  private static int[] bruteForceBest(List<TaggerModel> members, List<String> sentence) {
    List<double[][]> em = members.stream().map(m -> emissions(m, sentence)).toList();
    int k = members.get(0).tags().size();
    int n = sentence.size();
    int[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int code = 0; code < Math.pow(k, n); code++) {
      int[] y = new int[n];
      for (int t = 0, c = code; t < n; t++, c /= k) {
        y[t] = c % k;
      }
      double s = members.get(0).tags().isValid(y) ? summedScore(members, em, y) : Double.NEGATIVE_INFINITY;
      if (s > bestScore) {
        bestScore = s;
        best = y;
      }
    }
    return best;
  }

  private static List<TaggedSentence> unlabelled() {
    return SENTENCES.stream().map(TaggedSentence::unlabelled).toList();
  }

  @Test
  void crfMembersTagTheSequenceThatMaximisesTheProductOfTheirDistributions() {
    List<TaggerModel> members = List.of(tagger(true, true, 3), tagger(true, false, 4), tagger(true, true, 5));
    int[][] predicted = new TaggerEnsemble(members).predictIds(unlabelled());
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertArrayEquals(bruteForceBest(members, SENTENCES.get(i)), predicted[i], SENTENCES.get(i).toString());
    }
  }

  @Test
  void softmaxMembersTagTheArgmaxOfTheSummedScoresPerToken() {
    List<TaggerModel> members = List.of(tagger(false, true, 3), tagger(false, false, 4));
    int[][] predicted = new TaggerEnsemble(members).predictIds(unlabelled());
    for (int i = 0; i < SENTENCES.size(); i++) {
      double[][] a = emissions(members.get(0), SENTENCES.get(i));
      double[][] b = emissions(members.get(1), SENTENCES.get(i));
      for (int t = 0; t < a.length; t++) {
        int best = 0;
        for (int k = 1; k < a[t].length; k++) {
          best = a[t][k] + b[t][k] > a[t][best] + b[t][best] ? k : best;
        }
        assertEquals(best, predicted[i][t], SENTENCES.get(i) + " token " + t);
      }
    }
  }

  @Test
  void oneMemberTagsAsTheTaggerItself() {
    TaggerModel m = tagger(true, true, 9);
    assertEquals(m.predictTags(SENTENCES, 2), new TaggerEnsemble(List.of(m)).predictTags(SENTENCES, 2));
  }

  @Test
  void membersMustShareTagsAndHead() {
    TaggerModel crf = tagger(true, true, 1);
    assertThrows(IllegalArgumentException.class, () -> new TaggerEnsemble(List.of(crf, tagger(false, true, 2))));
    TaggerVocab other = TaggerVocab.build(List.of(new TaggedSentence(List.of("Acme"), List.of("B-ORG"))), 1, true);
    TaggerModel orgTagger = new TaggerModel(crf.config(), other, D, 1);
    assertThrows(IllegalArgumentException.class, () -> new TaggerEnsemble(List.of(crf, orgTagger)));
    assertThrows(IllegalArgumentException.class, () -> new TaggerEnsemble(List.of()));
  }
}

package dev.s2s.ngram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers shared by the n-gram tests: building models from inline text and querying words. */
final class LmTestSupport {
  private LmTestSupport() {}

  /** Sentences from lines of inline text. */
  static List<TextSentence> text(String... lines) {
    return PlainText.split(Arrays.asList(lines), "inline");
  }

  static BackoffModel build(int order, Smoothing smoothing, double k, String... lines) {
    return new NgramLmBuilder(order, smoothing, k).build(text(lines), "inline").model();
  }

  /**
   * p(word | history) where history and word are words ("<s>" allowed as the first history word).
   */
  static double prob(BackoffModel model, String history, String word) {
    List<String> words = new ArrayList<>(history.isBlank() ? List.of() : List.of(history.trim().split(" ")));
    words.add(word);
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      int id = model.vocabulary().idOrMinusOne(words.get(i));
      ids[i] = id < 0 ? LmVocabulary.UNK_ID : id;
    }
    return Math.pow(10, model.log10Conditional(ids, ids.length - 1));
  }

  /** Sum of p(w | history) over every word the model can predict (all but {@code <s>}). */
  static double sumOverVocabulary(BackoffModel model, String history) {
    double sum = 0;
    for (int w = 0; w < model.vocabulary().size(); w++) {
      if (w != LmVocabulary.BOS_ID) {
        sum += prob(model, history, model.vocabulary().word(w));
      }
    }
    return sum;
  }
}

package dev.s2s.baselines;

import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores predicted NER tags against gold with the toolkit's conlleval ({@link ConllEval}). The
 * input is the text conlleval would read from the {@code tag} output: one {@code token gold
 * predicted} line per token, an empty line after each sentence.
 */
public final class NerScoring {
  private NerScoring() {}

  /**
   * conlleval's numbers for {@code predicted} against {@code gold}.
   *
   * @param predicted [sentence][token] tags, the same shape as the gold sentences
   * @throws IllegalArgumentException if the shapes differ
   */
  public static ConllResult score(List<TaggedSentence> gold, List<List<String>> predicted) {
    return new ConllEval(ConllOptions.defaults()).evaluate(lines(gold, predicted), "predictions");
  }

  /** The {@code token gold predicted} lines, one empty line after each sentence. */
  public static List<String> lines(List<TaggedSentence> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " sentences, predictions " + predicted.size());
    }
    List<String> out = new ArrayList<>();
    for (int s = 0; s < gold.size(); s++) {
      TaggedSentence g = gold.get(s);
      List<String> p = predicted.get(s);
      if (p.size() != g.size()) {
        throw new IllegalArgumentException(
            "sentence " + s + ": gold [" + g.size() + "] and predicted [" + p.size()
                + "] tags differ in length");
      }
      for (int i = 0; i < g.size(); i++) {
        out.add(g.tokens().get(i) + " " + g.tags().get(i) + " " + p.get(i));
      }
      out.add("");
    }
    return out;
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a tagger on labelled sentences exactly as conlleval does (chunk-level precision, recall
 * and F1 in percent, see {@link ConllEval#evaluateTags}).
 */
public final class SpanF1Validation {
  private final List<List<String>> tokens = new ArrayList<>();
  private final List<List<String>> gold = new ArrayList<>();
  private final int batchSize;

  /**
   * @param sentences labelled sentences (IOB2)
   * @param batchSize sentences per forward pass
   */
  public SpanF1Validation(List<TaggedSentence> sentences, int batchSize) {
    for (TaggedSentence s : sentences) {
      tokens.add(s.tokens());
      gold.add(s.tags());
    }
    this.batchSize = batchSize;
  }

  /** Tags the sentences with {@code model} and scores them. */
  public ConllResult evaluate(TaggerModel model) {
    List<List<String>> predicted = LengthSortedPrediction.tags(model, tokens, batchSize);
    return new ConllEval(ConllOptions.defaults()).evaluateTags(gold, predicted);
  }

  /** Number of tokens scored. */
  public long tokenCount() {
    long n = 0;
    for (List<String> s : tokens) {
      n += s.size();
    }
    return n;
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a tagger on labelled sentences exactly as conlleval does (chunk-level precision, recall
 * and F1 in percent, see {@link ConllEval#evaluateTags}), its tags made consistent per document
 * first when asked ({@link DocumentConsistency}).
 */
public final class SpanF1Validation {
  private final List<List<String>> tokens = new ArrayList<>();
  private final List<List<String>> gold = new ArrayList<>();
  private final List<Integer> documentStarts = new ArrayList<>();
  private final int batchSize;
  private final TagConsistency consistency;

  /**
   * Each sentence tagged alone.
   *
   * @param sentences labelled sentences (IOB2)
   * @param batchSize sentences per forward pass
   */
  public SpanF1Validation(List<TaggedSentence> sentences, int batchSize) {
    this(List.of(sentences), batchSize, TagConsistency.NONE);
  }

  /**
   * @param documents labelled sentences (IOB2), grouped by document
   * @param batchSize sentences per forward pass
   * @param consistency whether each document's tags are made consistent before scoring
   */
  public SpanF1Validation(List<List<TaggedSentence>> documents, int batchSize, TagConsistency consistency) {
    for (List<TaggedSentence> document : documents) {
      documentStarts.add(tokens.size());
      for (TaggedSentence s : document) {
        tokens.add(s.tokens());
        gold.add(s.tags());
      }
    }
    this.batchSize = batchSize;
    this.consistency = consistency;
  }

  /** Tags the sentences with {@code model} and scores them. */
  public ConllResult evaluate(TaggerModel model) {
    List<List<String>> predicted = LengthSortedPrediction.tags(model, tokens, batchSize);
    if (consistency == TagConsistency.DOCUMENT && !tokens.isEmpty()) {
      predicted = DocumentConsistency.applyByDocument(tokens, predicted, documentStarts);
    }
    return new ConllEval(ConllOptions.defaults()).evaluateTags(gold, predicted);
  }

  /** Number of sentences scored. */
  public int sentenceCount() {
    return tokens.size();
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

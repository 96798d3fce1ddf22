package dev.s2s.tasks.tagging;

import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerModel;
import java.util.List;

/**
 * Scores a tagger on labelled documents exactly as conlleval does (chunk-level precision, recall
 * and F1 in percent, see {@link ConllEval#evaluateTags}): the model's own tags, or those tags made
 * consistent per document ({@link DocumentConsistency}), from one tagging pass.
 */
public final class SpanF1Validation {
  private final TaggedDocuments data;
  private final int batchSize;

  /**
   * @param documents labelled sentences (IOB2), grouped by document
   * @param batchSize sentences per forward pass
   */
  public SpanF1Validation(List<List<TaggedSentence>> documents, int batchSize) {
    this.data = TaggedDocuments.of(documents);
    this.batchSize = batchSize;
  }

  /** Tags the sentences with {@code model} and scores its own tags. */
  public ConllResult evaluate(TaggerModel model) {
    return score(tag(model), TagConsistency.NONE);
  }

  /** The model's tags of every sentence, documents in order. */
  public List<List<String>> tag(TaggerModel model) {
    return LengthSortedPrediction.tags(model, data.tokens(), batchSize);
  }

  /** Scores {@code predicted} (from {@link #tag}), made consistent per document first as {@code mode} says. */
  public ConllResult score(List<List<String>> predicted, TagConsistency mode) {
    List<List<String>> tags = DocumentConsistency.apply(mode, data.tokens(), predicted, data.documentStarts());
    return new ConllEval(ConllOptions.defaults()).evaluateTags(data.gold(), tags);
  }

  /** Number of sentences scored. */
  public int sentenceCount() {
    return data.tokens().size();
  }

  /** Number of tokens scored. */
  public long tokenCount() {
    return data.tokenCount();
  }
}

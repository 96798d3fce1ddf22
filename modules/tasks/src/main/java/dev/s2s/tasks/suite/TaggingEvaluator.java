package dev.s2s.tasks.suite;

import dev.s2s.common.Statistics;
import dev.s2s.eval.conll.ChunkCounts;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.tasks.SequenceTagger;
import dev.s2s.tasks.TrainedSystems;
import dev.s2s.tasks.tagging.DocumentConsistency;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Tags each CoNLL test set's tokens (made consistent per document when the model's {@code
 * decoding.consistency} says so, inside the timed pass) and scores the IOB2 output against the gold tags (converted
 * to IOB2 when read) with the conlleval-identical scorer: overall and per-type span F1. The test
 * set is tagged untimed until {@value #WARM_UP_SECONDS} seconds and at least {@value
 * #WARM_UP_PASSES} passes have gone, to warm up the JIT (the toolkit's taggers and CoreNLP's CRF
 * alike, as {@code s2s bench} warms up each figure), then {@value #TIMED_PASSES} times timed; the
 * row's wall time is the median timed pass. The hypothesis file is conlleval input, {@code token gold predicted} per line,
 * a blank line after each sentence.
 */
final class TaggingEvaluator implements TaskEvaluator {
  /** What the F1 numbers are compatible with. */
  static final String SIGNATURE = "conlleval-2004-01-26 compatible";
  /**
   * Least untimed passes. Both kinds of tagger speed up over their first passes of eng.testb (the
   * JIT); after one warm-up pass, single timed passes of the word2vec tagger and the CRF gave speed
   * ratios of 1.25 to 2.68 in five suite runs, and after two, the median of five passes 1.42-1.53
   * while the tagger still ran 25% below its speed from the sixth pass on (nineteenth session).
   */
  static final int WARM_UP_PASSES = 2;
  /** Least untimed seconds. */
  static final int WARM_UP_SECONDS = 5;
  /** Timed passes, of which the median is reported. */
  static final int TIMED_PASSES = 5;

  private final TestSetCache cache;

  TaggingEvaluator(TestSetCache cache) {
    this.cache = cache;
  }

  @Override
  public LoadedSystem load(TrainedSystems systems, Path runDirectory, DecodingConfig decoding) {
    SequenceTagger tagger = systems.tagger(runDirectory);
    TagConsistency consistency = consistency(systems, runDirectory, decoding);
    return (model, t, nanoTime) -> evaluate(tagger, consistency, model, t, nanoTime);
  }

  @Override
  public LoadedSystem loadEnsemble(TrainedSystems systems, List<Path> runDirectories, DecodingConfig decoding) {
    SequenceTagger tagger = systems.tagger(runDirectories);
    TagConsistency consistency = consistency(systems, runDirectories.get(0), decoding);
    return (model, t, nanoTime) -> evaluate(tagger, consistency, model, t, nanoTime);
  }

  @Override
  public LoadedSystem loadCrfBaseline(TrainedSystems systems, Path modelFile) {
    SequenceTagger tagger = systems.crfTagger(modelFile);
    return (model, t, nanoTime) -> evaluate(tagger, TagConsistency.NONE, model, t, nanoTime);
  }

  /** {@code decoding}'s consistency, or the run's own when it is null. */
  private static TagConsistency consistency(TrainedSystems systems, Path runDirectory, DecodingConfig decoding) {
    return (decoding != null ? decoding : systems.decoding(runDirectory)).consistency();
  }

  private ResultRow evaluate(
      SequenceTagger tagger, TagConsistency consistency, String model, TestSetSpec t, LongSupplier nanoTime) {
    TaggingTestSet data = cache.tagging(t);
    long warmUpStart = nanoTime.getAsLong();
    for (int i = 0; i < WARM_UP_PASSES || TaskEvaluator.seconds(warmUpStart, nanoTime.getAsLong()) < WARM_UP_SECONDS; i++) {
      tag(tagger, consistency, data);
    }
    double[] seconds = new double[TIMED_PASSES];
    List<List<String>> predicted = null;
    for (int i = 0; i < TIMED_PASSES; i++) {
      long start = nanoTime.getAsLong();
      predicted = tag(tagger, consistency, data);
      seconds[i] = TaskEvaluator.seconds(start, nanoTime.getAsLong());
    }
    checkShape(model, t, data, predicted);
    ConllResult r = new ConllEval(ConllOptions.defaults()).evaluateTags(data.gold(), predicted);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("signature", SIGNATURE);
    details.put("accuracy", r.accuracy());
    details.put("overall", counts(r.overall()));
    Map<String, Object> byType = new LinkedHashMap<>();
    r.byType().forEach((type, c) -> byType.put(type, counts(c)));
    details.put("by_type", byType);
    return new ResultRow(model, t.name(), RowStatus.OK, Map.of(SuiteMetric.F1, r.overall().f1()),
        Statistics.median(seconds), data.tokenCount(), details, conllText(data, predicted));
  }


  /** The tags of every sentence, made consistent per document when {@code consistency} says so. */
  private static List<List<String>> tag(SequenceTagger tagger, TagConsistency consistency, TaggingTestSet data) {
    List<List<String>> tags = tagger.tag(data.tokens());
    if (tags.size() != data.tokens().size()) {
      return tags; // a wrong count is reported by checkShape
    }
    return DocumentConsistency.apply(consistency, data.tokens(), tags, data.documentStarts());
  }

  private static void checkShape(String model, TestSetSpec t, TaggingTestSet data, List<List<String>> predicted) {
    if (predicted.size() != data.tokens().size()) {
      throw new IllegalStateException("model '" + model + "' returned tags for " + predicted.size()
          + " sentences of test set '" + t.name() + "', which has " + data.tokens().size());
    }
    for (int s = 0; s < predicted.size(); s++) {
      if (predicted.get(s).size() != data.tokens().get(s).size()) {
        throw new IllegalStateException("model '" + model + "' returned " + predicted.get(s).size()
            + " tags for sentence " + (s + 1) + " of test set '" + t.name() + "', which has "
            + data.tokens().get(s).size() + " tokens");
      }
    }
  }

  private static Map<String, Object> counts(ChunkCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", c.precision());
    m.put("recall", c.recall());
    m.put("f1", c.f1());
    m.put("gold", c.gold());
    m.put("found", c.found());
    m.put("correct", c.correct());
    return m;
  }

  private static String conllText(TaggingTestSet data, List<List<String>> predicted) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < predicted.size(); s++) {
      List<String> tokens = data.tokens().get(s);
      for (int i = 0; i < tokens.size(); i++) {
        sb.append(tokens.get(i)).append(' ').append(data.gold().get(s).get(i)).append(' ')
            .append(predicted.get(s).get(i)).append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}

package dev.s2s.tasks.suite;

import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.tasks.TextScorer;
import dev.s2s.tasks.TrainedSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Scores each plain-text test set with a language model: perplexity over every predicted token
 * (see {@link #CONVENTION}). No hypothesis file.
 */
final class LmEvaluator implements TaskEvaluator {
  /** The counting convention of every perplexity (that of {@link Perplexity}). */
  static final String CONVENTION =
      "perplexity = exp(total NLL in nats / tokens); every line of the test file is a sentence; every"
          + " predicted token counts, including one end-of-sentence token per line and every unknown"
          + " word (scored as <unk>); the start symbol <s> and padding do not";

  private final TestSetCache cache;

  LmEvaluator(TestSetCache cache) {
    this.cache = cache;
  }

  @Override
  public LoadedSystem load(TrainedSystems systems, Path runDirectory, DecodingConfig decoding) {
    TextScorer scorer = systems.languageModel(runDirectory);
    return (model, t, nanoTime) -> evaluate(scorer, model, t, nanoTime);
  }

  private ResultRow evaluate(TextScorer scorer, String model, TestSetSpec t, LongSupplier nanoTime) {
    LmTestSet data = cache.lm(t);
    long start = nanoTime.getAsLong();
    Perplexity p = scorer.score(data.sentences());
    long end = nanoTime.getAsLong();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("nll_nats", p.nllNats());
    details.put("tokens", p.tokens());
    details.put("nats_per_token", p.natsPerToken());
    details.put("bits_per_token", p.bitsPerToken());
    details.put("perplexity", p.perplexity());
    return new ResultRow(model, t.name(), RowStatus.OK, Map.of(SuiteMetric.PERPLEXITY, p.perplexity()),
        TaskEvaluator.seconds(start, end), p.tokens(), details, null);
  }
}

package dev.s2s.tasks.lm;

import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.LmConfig;
import dev.s2s.experiment.config.Split;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.ngram.ArpaWriter;
import dev.s2s.ngram.BuiltModel;
import dev.s2s.ngram.NgramLmBuilder;
import dev.s2s.ngram.NgramScorer;
import dev.s2s.ngram.PerplexityResult;
import dev.s2s.ngram.Smoothing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Builds a counted n-gram model (kind ngram) into a run directory: {@code lm.order} and {@code
 * lm.smoothing} (add-k with {@code lm.k}), {@code model.arpa}, one
 * metrics.csv row (step 0, epoch 1, train loss = training cross-entropy is not measured: NaN;
 * dev_perplexity when {@code lm.dev} is given) and {@code test-perplexity.txt} when {@code
 * lm.test} is given. The vocabulary is the training text's words plus {@code <unk>}; vocab limits
 * do not apply to n-gram models.
 */
final class NgramLmTraining {
  private static final Logger LOG = LogManager.getLogger(NgramLmTraining.class);

  private NgramLmTraining() {}

  static void train(TrainingRun run) {
    ExperimentConfig config = run.config();
    LmConfig lm = config.lm();
    Path trainFile = config.requireData(lm, Split.TRAIN, "train").file();
    BuiltModel built = new NgramLmBuilder(lm.order(), smoothing(lm.smoothing()), lm.k())
        .build(LmText.asTextSentences(LmText.read(trainFile, "lm.train")), trainFile.toString());
    ArpaWriter.write(built.model(), LmRunFiles.arpa(run.directory()));
    LOG.info("{}-gram {} model: {} training tokens, written to {}", lm.order(), lm.smoothing(), built.tokens(),
        LmRunFiles.arpa(run.directory()));
    Map<String, Double> metrics = new LinkedHashMap<>();
    if (lm.dev() != null) {
      PerplexityResult dev = score(built, lm.dev(), "lm.dev");
      metrics.put("dev_perplexity", dev.perplexity().perplexity());
      metrics.put("dev_loss", dev.perplexity().natsPerToken());
    }
    if (!metrics.isEmpty()) {
      run.metrics().append(new MetricsRow(0, 1, run.elapsedSeconds(), Double.NaN, metrics));
    }
    if (lm.test() != null) {
      PerplexityResult test = score(built, lm.test(), "lm.test");
      LmRunFiles.writeTestPerplexity(run.directory(), test.perplexity(), test.oovs(), lm.test().file());
      LOG.info("test perplexity {}", String.format(java.util.Locale.ROOT, "%.2f", test.perplexity().perplexity()));
    }
  }

  private static PerplexityResult score(BuiltModel built, DataSpec spec, String role) {
    return NgramScorer.score(built.model(), LmText.asTextSentences(LmText.read(spec.file(), role)),
        role + " " + spec.file());
  }

  static Smoothing smoothing(dev.s2s.experiment.config.Smoothing s) {
    return switch (s) {
      case ADD_K -> Smoothing.ADD_K;
      case KN -> Smoothing.KN;
      case MODIFIED_KN -> Smoothing.MODIFIED_KN;
    };
  }
}

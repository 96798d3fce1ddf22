package dev.s2s.tasks.translation;

import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.train.TrainingListener;
import java.util.Map;

/**
 * Connects the trainer to the run: the progress bar (or log lines), one metrics.csv row per
 * validation with the mean training loss per token since the previous one.
 */
final class TranslationTrainingListener implements TrainingListener, AutoCloseable {
  private final TrainingRun run;
  private final TrainingProgress progress;
  private double nllSinceValidation;
  private long tokensSinceValidation;
  private long epoch;

  TranslationTrainingListener(TrainingRun run, TrainingConfig training) {
    this.run = run;
    this.progress = TrainingProgress.create("train " + run.config().name(), training.maxSteps(), System.err);
  }

  @Override
  public void onStep(long step, String language, long epoch, double nll, long tokens, double gradNorm, double lr) {
    nllSinceValidation += nll;
    tokensSinceValidation += tokens;
    this.epoch = epoch;
    progress.step(step, nll / Math.max(1, tokens), tokens);
  }

  @Override
  public void onValidation(long step, double metric, boolean improved, double learningRate) {
    double loss = nllSinceValidation / Math.max(1, tokensSinceValidation);
    run.metrics().append(new MetricsRow(step, (int) epoch, run.elapsedSeconds(), loss, Map.of("bleu", metric, "lr", learningRate)));
    nllSinceValidation = 0;
    tokensSinceValidation = 0;
  }

  @Override
  public void close() {
    progress.close();
  }
}

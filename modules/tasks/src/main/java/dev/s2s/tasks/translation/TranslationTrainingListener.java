package dev.s2s.tasks.translation;

import dev.s2s.common.AtomicFiles;
import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.train.TrainingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Connects the trainer to the run: the progress bar (or log lines), one metrics.csv row per
 * validation with the mean training loss per token since the previous one, and a step checkpoint
 * ({@code checkpoints/step-<n>.ckpt}, a copy of {@code last.ckpt}) per validation, of which the
 * newest {@code training.keep_checkpoints} are kept for checkpoint averaging.
 */
final class TranslationTrainingListener implements TrainingListener, AutoCloseable {
  private final TrainingRun run;
  private final TrainingProgress progress;
  private double nllSinceValidation;
  private long tokensSinceValidation;
  private long epoch;
  private final int keepCheckpoints;

  TranslationTrainingListener(TrainingRun run, TrainingConfig training) {
    this.run = run;
    this.keepCheckpoints = training.keepCheckpoints();
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
    // an ordered map, so that every run's metrics.csv has the same columns (Map.of's order changes
    // from one JVM to the next)
    Map<String, Double> columns = new LinkedHashMap<>();
    columns.put("bleu", metric);
    columns.put("lr", learningRate);
    run.metrics().append(new MetricsRow(step, (int) epoch, run.elapsedSeconds(), loss, columns));
    nllSinceValidation = 0;
    tokensSinceValidation = 0;
  }

  @Override
  public void onCheckpoint(long step, String kind, Path file) {
    if (!"last".equals(kind)) {
      return;
    }
    RunDirectory dir = run.directory();
    Path copy = dir.checkpointFile(step);
    AtomicFiles.write(copy, out -> Files.copy(file, out));
    dir.pruneCheckpoints(keepCheckpoints);
  }

  @Override
  public void close() {
    progress.close();
  }
}

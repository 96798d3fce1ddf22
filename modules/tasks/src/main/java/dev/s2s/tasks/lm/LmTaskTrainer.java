package dev.s2s.tasks.lm;

import dev.s2s.experiment.progress.LogProgress;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.tasks.TaskTrainer;
import java.util.function.BiFunction;

/**
 * The Trainer role for language modelling: kind {@code ngram} builds a counted model ({@code
 * model.arpa}), kind {@code rnn} trains a recurrent model with truncated BPTT (vocabulary,
 * checkpoints, metrics.csv, learning curve); both write {@code test-perplexity.txt} when the config
 * has {@code lm.test}. Resume is exact for kind rnn (parameters, optimizer state, carried hidden
 * states, segment cursor, schedule and early-stopping counters, time already spent); an n-gram
 * model is simply rebuilt.
 */
public final class LmTaskTrainer implements TaskTrainer {
  private final BiFunction<String, Long, TrainingProgress> progress;

  /** Progress as log lines every {@link TrainingProgress#LOG_INTERVAL}. */
  public LmTaskTrainer() {
    this((task, total) -> LogProgress.toLog(task, total, TrainingProgress.LOG_INTERVAL));
  }

  /** @param progress makes the reporter from (task name, expected updates or 0) */
  public LmTaskTrainer(BiFunction<String, Long, TrainingProgress> progress) {
    this.progress = progress;
  }

  @Override
  public void train(TrainingRun run, boolean resume) {
    switch (run.config().requireLm("train").kind()) {
      case NGRAM -> NgramLmTraining.train(run);
      case RNN -> new RnnLmTraining(run, progress).train(resume);
    }
  }
}

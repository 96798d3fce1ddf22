package dev.s2s.tasks;

import dev.s2s.experiment.run.TrainingRun;

/**
 * The Trainer role of one task (translation, tagging, language modelling): trains the model an
 * experiment config describes into the run's directory — vocabularies, checkpoints (the best one
 * is the model that translate/tag/eval use), metrics.csv rows and the learning curve. It does not
 * mark the run completed or failed; the caller does.
 */
public interface TaskTrainer {
  /**
   * @param run the started run (config, directory, metrics)
   * @param resume continue from the run's latest checkpoint exactly (step, optimizer, data order,
   *     random state) instead of starting fresh
   */
  void train(TrainingRun run, boolean resume);
}

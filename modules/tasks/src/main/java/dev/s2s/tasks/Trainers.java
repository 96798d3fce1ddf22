package dev.s2s.tasks;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.tasks.multitask.MultiTaskTrainer;
import dev.s2s.tasks.lm.LmTaskTrainer;
import dev.s2s.tasks.tagging.TaggingTaskTrainer;
import dev.s2s.tasks.translation.TranslationTaskTrainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every task an experiment config names, in the order translation, tagging, language model.
 */
public final class Trainers {
  private Trainers() {}

  /** The trainers of {@code cfg}'s task sections. */
  public static List<TaskTrainer> forConfig(ExperimentConfig cfg) {
    List<TaskTrainer> trainers = new ArrayList<>();
    if (cfg.translation() != null && cfg.tagging() != null) {
      trainers.add(new MultiTaskTrainer()); // one shared encoder for both tasks
    } else if (cfg.translation() != null) {
      trainers.add(new TranslationTaskTrainer());
    } else if (cfg.tagging() != null) {
      trainers.add(new TaggingTaskTrainer());
    }
    if (cfg.lm() != null) {
      trainers.add(new LmTaskTrainer());
    }
    return trainers;
  }

  /** Trains all tasks of the run's config, then marks the run completed (or failed, and rethrows). */
  public static void trainAll(TrainingRun run, boolean resume) {
    try {
      for (TaskTrainer t : forConfig(run.config())) {
        t.train(run, resume);
      }
      run.complete();
    } catch (RuntimeException | Error e) {
      run.fail(e);
      throw e;
    }
  }
}

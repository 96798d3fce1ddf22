package dev.s2s.tasks.suite;

import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.tasks.TrainedSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;

/** Scores the trained systems of one task on a suite's test sets. */
interface TaskEvaluator {
  /**
   * Loads what {@code runDirectory} holds for this task; a translation model decodes (and a tagger
   * makes its documents consistent) as {@code decoding} says (the suite model's config), or as its
   * run's config says when it is null.
   *
   * @throws dev.s2s.common.UserException when it holds no such model or no usable checkpoint
   */
  LoadedSystem load(TrainedSystems systems, Path runDirectory, DecodingConfig decoding);

  /**
   * Loads the ensemble of several run directories; only tagging suites have them (the suite loader
   * refuses {@code seeds} elsewhere).
   *
   * @throws dev.s2s.common.UserException when a run holds no such model or the runs cannot tag as one
   */
  default LoadedSystem loadEnsemble(TrainedSystems systems, List<Path> runDirectories, DecodingConfig decoding) {
    throw new IllegalStateException(getClass().getSimpleName() + " scores no ensembles");
  }

  /**
   * Loads a CoreNLP CRF baseline model file; only tagging suites have them (the suite loader
   * refuses {@code crf_model} elsewhere).
   *
   * @throws dev.s2s.common.UserException when the file is not a CoreNLP CRF model
   */
  default LoadedSystem loadCrfBaseline(TrainedSystems systems, Path modelFile) {
    throw new IllegalStateException(getClass().getSimpleName() + " scores no CRF baselines");
  }

  /** A loaded system, ready to be scored. */
  @FunctionalInterface
  interface LoadedSystem {
    /**
     * Why the system cannot be scored on {@code testSet} (e.g. no decoder for its target), or null
     * (the default: every test set of the suite's task).
     */
    default String skipReason(TestSetSpec testSet) {
      return null;
    }

    /**
     * Produces the system's outputs for {@code testSet}, timing them with {@code nanoTime}, and
     * scores them.
     */
    ResultRow evaluate(String model, TestSetSpec testSet, LongSupplier nanoTime);
  }

  /** The evaluator of {@code task} computing {@code metrics}, reading test sets through {@code cache}. */
  static TaskEvaluator of(SuiteTask task, List<SuiteMetric> metrics, TestSetCache cache) {
    return switch (task) {
      case TRANSLATION -> new TranslationEvaluator(metrics, cache);
      case TAGGING -> new TaggingEvaluator(cache);
      case LM -> new LmEvaluator(cache);
    };
  }

  /** Seconds between two {@link System#nanoTime()}-like readings. */
  static double seconds(long startNanos, long endNanos) {
    return (endNanos - startNanos) / 1e9;
  }
}

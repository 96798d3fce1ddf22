package dev.s2s.tasks;

import java.nio.file.Path;

/**
 * Loads what a run directory holds as the systems the eval suites and the CLI use. Each method
 * throws a {@link dev.s2s.common.UserException} naming the run directory when it holds no such
 * model (or no usable checkpoint).
 */
public interface TrainedSystems {
  TranslationSystem translator(Path runDirectory);

  SequenceTagger tagger(Path runDirectory);

  TextScorer languageModel(Path runDirectory);
}

package dev.s2s.tasks;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads what a run directory holds as the systems the eval suites and the CLI use. Each method
 * throws a {@link dev.s2s.common.UserException} naming the run directory when it holds no such
 * model (or no usable checkpoint).
 */
public interface TrainedSystems {
  TranslationSystem translator(Path runDirectory);

  SequenceTagger tagger(Path runDirectory);

  /**
   * The taggers of several tagging-only run directories tagging as one ensemble; one directory
   * gives {@link #tagger(Path)}.
   */
  SequenceTagger tagger(List<Path> runDirectories);

  /** The CoreNLP CRF tagger saved in {@code modelFile} by {@code s2s baseline crf-ner train}. */
  SequenceTagger crfTagger(Path modelFile);

  TextScorer languageModel(Path runDirectory);
}

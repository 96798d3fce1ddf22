package dev.s2s.tasks;

import dev.s2s.experiment.config.DecodingConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads what a run directory holds as the systems the eval suites and the CLI use. Each method
 * throws a {@link dev.s2s.common.UserException} naming the run directory when it holds no such
 * model (or no usable checkpoint).
 */
public interface TrainedSystems {
  /**
   * The translator of {@code runDirectory}, decoding as {@code decoding} says (beam, length penalty,
   * length limits), or as the run's own config says when {@code decoding} is null.
   */
  TranslationSystem translator(Path runDirectory, DecodingConfig decoding);

  SequenceTagger tagger(Path runDirectory);

  /**
   * The taggers of several tagging-only run directories tagging as one ensemble; one directory
   * gives {@link #tagger(Path)}.
   */
  SequenceTagger tagger(List<Path> runDirectories);

  /**
   * The {@code decoding} section of the config that {@code runDirectory} was trained with; the
   * defaults when it has none to read.
   */
  default DecodingConfig decoding(Path runDirectory) {
    return DecodingConfig.DEFAULTS;
  }

  /** The CoreNLP CRF tagger saved in {@code modelFile} by {@code s2s baseline crf-ner train}. */
  SequenceTagger crfTagger(Path modelFile);

  TextScorer languageModel(Path runDirectory);
}

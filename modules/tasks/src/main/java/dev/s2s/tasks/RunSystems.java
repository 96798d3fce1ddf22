package dev.s2s.tasks;

import dev.s2s.baselines.CoreNlpCrfNer;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.tasks.lm.RunLanguageModel;
import dev.s2s.tasks.multitask.MultiTaskTagger;
import dev.s2s.tasks.tagging.NerSystem;
import dev.s2s.tasks.translation.NeuralTranslationSystem;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link TrainedSystems} over real run directories and CoreNLP CRF model files: what a run holds is
 * read from its resolved {@code config.yaml} (a run with both translation and tagging sections holds
 * one shared-encoder model for both).
 */
public final class RunSystems implements TrainedSystems {
  @Override
  public TranslationSystem translator(Path runDirectory, DecodingConfig decoding) {
    NeuralTranslationSystem system = NeuralTranslationSystem.load(runDirectory);
    return decoding == null ? system : system.withDecoding(decoding);
  }

  @Override
  public SequenceTagger tagger(Path runDirectory) {
    ExperimentConfig cfg = RunDirectory.of(runDirectory).requireUsable("tag").config();
    return cfg.translation() != null && cfg.tagging() != null
        ? MultiTaskTagger.load(runDirectory)
        : NerSystem.load(runDirectory);
  }

  /** {@link NerSystem#load(List)}; a single directory gives {@link #tagger(Path)}. */
  @Override
  public SequenceTagger tagger(List<Path> runDirectories) {
    if (runDirectories.size() == 1) {
      return tagger(runDirectories.get(0));
    }
    for (Path run : runDirectories) {
      ExperimentConfig cfg = RunDirectory.of(run).requireUsable("tag").config();
      if (cfg.translation() != null && cfg.tagging() != null) {
        throw new UserException(run + " holds a shared-encoder translation and tagging model; several --model"
            + " runs tag as one only when each is a tagging-only run");
      }
    }
    return NerSystem.load(runDirectories);
  }

  @Override
  public DecodingConfig decoding(Path runDirectory) {
    return RunDirectory.of(runDirectory).requireUsable("tag").config().decoding();
  }

  @Override
  public SequenceTagger crfTagger(Path modelFile) {
    return CoreNlpCrfNer.load(modelFile)::tag;
  }

  @Override
  public TextScorer languageModel(Path runDirectory) {
    return RunLanguageModel.load(runDirectory, "eval");
  }
}

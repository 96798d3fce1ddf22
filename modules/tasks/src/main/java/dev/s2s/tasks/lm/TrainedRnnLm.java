package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.LmKind;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.lm.RnnLanguageModel;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.VocabularyFile;
import java.nio.file.Files;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A trained RNN language model loaded from a run directory: its config, vocabulary (with word
 * classes when the output is class-based) and the parameters of {@code checkpoints/best.ckpt}.
 */
public record TrainedRnnLm(RunDirectory run, ExperimentConfig config, Vocabulary vocabulary, RnnLanguageModel model) {
  /** Parameters are kept in single precision, as trained. */
  public static final DataType DATA_TYPE = DataType.FLOAT;

  /**
   * Loads the run in {@code run}.
   *
   * @throws UserException naming the directory when it holds no RNN language model
   */
  public static TrainedRnnLm load(RunDirectory run, String command) {
    run.requireUsable(command);
    return loadBest(run, command);
  }

  /** As {@link #load} without the run-status check (for the trainer itself, while the run is RUNNING). */
  static TrainedRnnLm loadBest(RunDirectory run, String command) {
    ExperimentConfig config = run.config();
    if (config.lm() == null || config.lm().kind() != LmKind.RNN) {
      throw new UserException(run + ": '" + command + "' needs an RNN language model run (lm.kind rnn), but "
          + (config.lm() == null ? "the config has no lm section" : "lm.kind is " + config.lm().kind()));
    }
    if (!Files.isRegularFile(LmRunFiles.vocabulary(run))) {
      throw new UserException(run + ": vocabulary " + LmRunFiles.vocabulary(run) + " not found; the training "
          + "did not get far enough to write it");
    }
    VocabularyFile.Contents v = VocabularyFile.load(LmRunFiles.vocabulary(run));
    RnnLanguageModel model = new RnnLanguageModel(
        RnnLmSpec.architecture(config, v.vocabulary(), v.classes().orElse(null)), DATA_TYPE, config.seed());
    if (!Files.isRegularFile(run.bestCheckpointFile())) {
      throw new UserException(run + ": no best checkpoint " + run.bestCheckpointFile()
          + "; training stopped before the first validation");
    }
    LmCheckpoint.loadParams(run.bestCheckpointFile(), model.params());
    return new TrainedRnnLm(run, config, v.vocabulary(), model);
  }
}

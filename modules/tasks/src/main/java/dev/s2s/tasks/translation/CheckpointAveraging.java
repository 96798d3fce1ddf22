package dev.s2s.tasks.translation;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.neural.train.TrainerState;
import dev.s2s.text.vocab.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checkpoint averaging for translation runs: the element-wise mean of the decoding weights (the
 * parameters, or their moving averages where training kept them) of the newest K step checkpoints
 * ({@code checkpoints/step-<n>.ckpt}, one per validation), written as {@code
 * checkpoints/averaged.ckpt} (with the trainer state of the newest one and zero optimizer moments,
 * so the file has the checkpoint format; it is meant for decoding, not for resuming). Averaging the last few
 * checkpoints of a run usually scores higher than any one of them (Junczys-Dowmunt et al. 2016;
 * Vaswani et al. 2017 average the last 5 or 20).
 */
public final class CheckpointAveraging {
  private static final Logger LOG = LogManager.getLogger(CheckpointAveraging.class);

  /** The file written and the checkpoints averaged, oldest first. */
  public record Result(Path output, List<Path> averaged) {}

  private CheckpointAveraging() {}

  /**
   * Averages the newest {@code last} step checkpoints of a translation run (all of them if it has
   * fewer, which the log says).
   *
   * @throws UserException if the run is not usable, has no translation model or no step checkpoint
   */
  public static Result average(Path runDirectory, int last) {
    if (last < 1) {
      throw new UserException("--last must be at least 1, got " + last);
    }
    RunDirectory dir = RunDirectory.of(runDirectory).requireUsable("average");
    ExperimentConfig cfg = dir.config();
    TranslationConfig tc = cfg.translation();
    if (tc == null) {
      throw new UserException(runDirectory + ": this run has no translation model (its config has no 'translation' section)");
    }
    List<Path> steps = dir.stepCheckpoints();
    if (steps.isEmpty()) {
      throw new UserException(runDirectory + ": no step checkpoints (checkpoints/step-<n>.ckpt) to average; "
          + "a translation run writes one per validation and keeps training.keep_checkpoints of them");
    }
    List<Path> chosen = new ArrayList<>(steps.subList(Math.max(0, steps.size() - last), steps.size()));
    if (chosen.size() < last) {
      LOG.warn("{} has {} step checkpoints; averaging all of them instead of {}", runDirectory, chosen.size(), last);
    }
    Map<String, Vocabulary> vocabs = TranslationVocabularies.load(tc, dir);
    Seq2SeqModel model = TranslationModels.create(cfg, vocabs);
    Adam adam = new Adam(model.paramList(), 1.0);
    List<Param> params = model.paramList();
    List<INDArray> sums = new ArrayList<>();
    params.forEach(p -> sums.add(p.value().mul(0)));
    for (Path ckpt : chosen) {
      Checkpoint.loadParams(ckpt, model.params());
      for (int i = 0; i < params.size(); i++) {
        sums.get(i).addi(params.get(i).value());
      }
    }
    for (int i = 0; i < params.size(); i++) {
      params.get(i).value().assign(sums.get(i).divi(chosen.size()));
    }
    Path out = dir.checkpointsDir().resolve("averaged.ckpt");
    TrainerState newest = Checkpoint.readState(chosen.get(chosen.size() - 1));
    Checkpoint.write(out, model.params(), adam, newest);
    LOG.info("averaged {} checkpoints into {}: {}", chosen.size(), out, chosen);
    return new Result(out, List.copyOf(chosen));
  }
}

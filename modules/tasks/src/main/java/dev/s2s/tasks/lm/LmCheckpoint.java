package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.Optimizer;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.train.CheckpointFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An RNN language model checkpoint ({@link CheckpointFile} with header {@code
 * s2s-lm-checkpoint-v1}): trainer state as key/value strings ({@link LmTrainerState}), then as
 * named-array sections the parameters, the optimizer's state (Adam's moments; nothing for SGD) and
 * the hidden states carried into the next segment (keys {@code state/<layer>}, each {@code [batch,
 * hidden]}; none at an epoch boundary).
 */
public final class LmCheckpoint {
  private static final String MAGIC = "s2s-lm-checkpoint-v1";

  private LmCheckpoint() {}

  /** What {@link #read} restored besides parameters and moments. */
  public record Restored(Map<String, String> state, List<INDArray> carried) {}

  public static void write(Path file, ParamSet params, Optimizer optimizer, Map<String, String> state,
      List<INDArray> carried) {
    Map<String, INDArray> c = new LinkedHashMap<>();
    if (carried != null) {
      for (int l = 0; l < carried.size(); l++) {
        c.put("state/" + l, carried.get(l));
      }
    }
    CheckpointFile.write(file, MAGIC, state, List.of(params.values(), optimizer.state(), c));
  }

  /**
   * Restores parameters and (if {@code optimizer} is not null) the optimizer's state, which must
   * have been written by the same kind of optimizer.
   */
  public static Restored read(Path file, ParamSet params, Optimizer optimizer) {
    String src = file.toString();
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, "language-model checkpoint", 3);
    params.assign(c.sections().get(0), src);
    if (optimizer != null) {
      String writtenBy = c.state().getOrDefault("optimizer", "adam");
      if (!writtenBy.equals(optimizer.name())) {
        throw new UserException(src + ": written with training.optimizer '" + writtenBy + "', but the config says '"
            + optimizer.name() + "'; resume with the optimizer the run started with, or start afresh (--force)");
      }
      String step = c.state().getOrDefault("adam_step", "0");
      try {
        optimizer.loadState(c.sections().get(1), Long.parseLong(step), src);
      } catch (NumberFormatException e) {
        throw new UserException(src + ": adam_step '" + step + "' is not an integer", e);
      }
    }
    List<INDArray> carried = new ArrayList<>(c.sections().get(2).values());
    return new Restored(c.state(), carried.isEmpty() ? null : carried);
  }

  /** Loads only the parameters (evaluation, gradients). */
  public static void loadParams(Path file, ParamSet params) {
    read(file, params, null);
  }
}

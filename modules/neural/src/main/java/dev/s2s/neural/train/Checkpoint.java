package dev.s2s.neural.train;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ParamSet;
import java.nio.file.Path;
import java.util.List;

/**
 * Training checkpoint of the translation trainer ({@link CheckpointFile} with header {@code
 * s2s-checkpoint-v1}): the {@link TrainerState}, then the parameters and the Adam moments.
 */
public final class Checkpoint {
  private static final String MAGIC = "s2s-checkpoint-v1";
  private static final String KIND = "training checkpoint";

  private Checkpoint() {}

  public static void write(Path file, ParamSet params, Adam adam, TrainerState state) {
    CheckpointFile.write(file, MAGIC, state.toMap(), List.of(params.values(), adam.state()));
  }

  /** Restores params and optimizer state; returns the trainer state. */
  public static TrainerState read(Path file, ParamSet params, Adam adam) {
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, KIND, 2);
    TrainerState state = TrainerState.fromMap(c.state(), file.toString());
    params.assign(c.sections().get(0), file.toString());
    adam.loadState(c.sections().get(1), state.adamStep, file.toString());
    return state;
  }

  /** Loads only the model parameters of a checkpoint (for translation / evaluation). */
  public static void loadParams(Path file, ParamSet params) {
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, KIND, 1);
    TrainerState.fromMap(c.state(), file.toString());
    params.assign(c.sections().get(0), file.toString());
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.train.CheckpointFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A resumable tagger checkpoint ({@link CheckpointFile} with header {@code
 * s2s-tagger-checkpoint-v1}): the {@link TaggerTrainingState}, the parameters and the Adam moments.
 */
public final class TaggerCheckpoint {
  private static final String MAGIC = "s2s-tagger-checkpoint-v1";

  private TaggerCheckpoint() {}

  /** Writes {@code file}. */
  public static void write(Path file, TaggerTrainingState state, ParamSet params, Adam adam) {
    CheckpointFile.write(file, MAGIC, state.toMap(), List.of(params.values(), adam.state()));
  }

  /** Restores parameters and optimizer moments from {@code file}; returns the training state. */
  public static TaggerTrainingState read(Path file, ParamSet params, Adam adam) {
    String src = file.toString();
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, "tagger checkpoint", 2);
    TaggerTrainingState state = TaggerTrainingState.fromMap(c.state(), src);
    params.assign(c.sections().get(0), src);
    adam.loadState(c.sections().get(1), state.adamStep(), src);
    adam.setLearningRate(state.learningRate());
    return state;
  }
}

package dev.s2s.tasks.multitask;

import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.train.CheckpointFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The resumable checkpoint of multi-task training ({@link CheckpointFile} with header {@code
 * s2s-multitask-checkpoint-v1}): the {@link MultiTaskState}, all parameters and the optimizer
 * moments.
 */
final class MultiTaskCheckpoint {
  private static final String MAGIC = "s2s-multitask-checkpoint-v1";

  private MultiTaskCheckpoint() {}

  static void write(Path file, ParamSet params, GroupedAdam adam, MultiTaskState state) {
    state.adamSteps.clear();
    state.adamSteps.putAll(adam.stepCounts());
    CheckpointFile.write(file, MAGIC, state.toMap(), List.of(params.values(), adam.moments()));
  }

  /** Restores parameters and optimizer; returns the trainer state. */
  static MultiTaskState read(Path file, ParamSet params, GroupedAdam adam) {
    String src = file.toString();
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, "multi-task checkpoint", 2);
    MultiTaskState state = MultiTaskState.fromMap(c.state(), src);
    params.assign(c.sections().get(0), src);
    adam.load(c.sections().get(1), state.adamSteps, src);
    return state;
  }
}

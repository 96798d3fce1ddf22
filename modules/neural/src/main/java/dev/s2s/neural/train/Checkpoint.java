package dev.s2s.neural.train;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ParamSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Training checkpoint of the translation trainer ({@link CheckpointFile} with header {@code
 * s2s-checkpoint-v1}): the {@link TrainerState}, then the parameters and the Adam moments, then,
 * when training keeps an {@link ExponentialMovingAverage} (state key {@code moving_averages}), the
 * averages. Decoding reads the averages where there are any ({@link #loadParams}).
 */
public final class Checkpoint {
  private static final String MAGIC = "s2s-checkpoint-v1";
  private static final String KIND = "training checkpoint";
  private static final String AVERAGES_KEY = "moving_averages";

  private Checkpoint() {}

  public static void write(Path file, ParamSet params, Adam adam, TrainerState state) {
    write(file, params, adam, state, null);
  }

  /** Writes a checkpoint; {@code averages} may be null (training keeps none). */
  public static void write(Path file, ParamSet params, Adam adam, TrainerState state, ExponentialMovingAverage averages) {
    Map<String, String> fields = state.toMap();
    if (averages == null) {
      CheckpointFile.write(file, MAGIC, fields, List.of(params.values(), adam.state()));
    } else {
      fields.put(AVERAGES_KEY, "true");
      CheckpointFile.write(file, MAGIC, fields, List.of(params.values(), adam.state(), averages.values()));
    }
  }

  /** Restores params and optimizer state; returns the trainer state. */
  public static TrainerState read(Path file, ParamSet params, Adam adam) {
    return read(file, params, adam, null);
  }

  /**
   * Restores params, optimizer state and, when {@code averages} is not null, the moving averages,
   * which the checkpoint must then hold; returns the trainer state.
   *
   * @throws UserException if {@code averages} is given and the checkpoint has none, or the other way round
   */
  public static TrainerState read(Path file, ParamSet params, Adam adam, ExponentialMovingAverage averages) {
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, KIND, st -> hasAverages(st) ? 3 : 2);
    boolean stored = hasAverages(c.state());
    if (stored != (averages != null)) {
      throw new UserException(file + ": checkpoint " + (stored ? "has" : "has no")
          + " moving averages of the parameters, but the configuration " + (stored ? "sets no" : "sets")
          + " training.ema_decay; exact resume needs the same setting");
    }
    TrainerState state = TrainerState.fromMap(c.state(), file.toString());
    params.assign(c.sections().get(0), file.toString());
    adam.loadState(c.sections().get(1), state.adamStep, file.toString());
    if (stored) {
      averages.load(c.sections().get(2), file.toString());
    }
    return state;
  }

  /**
   * Loads the weights a checkpoint decodes with (for translation / evaluation): its moving averages
   * if it has them, else its parameters.
   */
  public static void loadParams(Path file, ParamSet params) {
    CheckpointFile.Contents c = CheckpointFile.read(file, MAGIC, KIND, st -> hasAverages(st) ? 3 : 1);
    boolean stored = hasAverages(c.state());
    TrainerState.fromMap(c.state(), file.toString());
    params.assign(c.sections().get(stored ? 2 : 0), file.toString() + (stored ? " (moving averages)" : ""));
  }

  /** The trainer state of a checkpoint alone. */
  public static TrainerState readState(Path file) {
    return TrainerState.fromMap(CheckpointFile.read(file, MAGIC, KIND, 0).state(), file.toString());
  }

  /** Whether a checkpoint holds moving averages of its parameters. */
  public static boolean hasAverages(Path file) {
    return hasAverages(CheckpointFile.read(file, MAGIC, KIND, 0).state());
  }

  private static boolean hasAverages(Map<String, String> state) {
    return "true".equals(state.get(AVERAGES_KEY));
  }
}

package dev.s2s.neural.train;

import java.nio.file.Path;

/** Receives training progress (for progress bars, metrics.csv, logs). All methods optional. */
public interface TrainingListener {
  /**
   * After every update.
   *
   * @param nll summed NLL (nats) of the batch; tokens its counted target tokens
   * @param gradNorm global gradient L2 norm before clipping
   */
  default void onStep(long step, String language, long epoch, double nll, long tokens, double gradNorm,
      double learningRate) {}

  /** After every validation. */
  default void onValidation(long step, double metric, boolean improved, double learningRate) {}

  /** After a checkpoint ("last" or "best") was written. */
  default void onCheckpoint(long step, String kind, Path file) {}
}

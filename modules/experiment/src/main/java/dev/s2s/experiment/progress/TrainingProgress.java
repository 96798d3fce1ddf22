package dev.s2s.experiment.progress;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Reports training progress after each update: a progress bar on an interactive terminal ({@link
 * ProgressBarProgress}), periodic log lines otherwise ({@link LogProgress}). Not thread-safe: call
 * from the training loop.
 */
public interface TrainingProgress extends AutoCloseable {
  /** Interval between log lines of the non-interactive reporter. */
  Duration LOG_INTERVAL = Duration.ofSeconds(30);

  /**
   * Reports a finished update.
   *
   * @param step updates done so far (1-based)
   * @param loss training loss of this update (mean per token)
   * @param tokens target tokens processed in this update
   */
  void step(long step, double loss, long tokens);

  /** Finishes the report (final line or bar). */
  @Override
  void close();

  /** True when the JVM has an interactive console (then a progress bar is used). */
  static boolean interactive() {
    return System.console() != null;
  }

  /**
   * The reporter for this process: a bar on {@code terminal} when {@link #interactive()}, else log
   * lines every {@link #LOG_INTERVAL}.
   *
   * @param task name shown in the bar or log line, e.g. "train sample-multitask"
   * @param totalSteps expected number of updates, or 0 when unknown
   * @param terminal where the bar is drawn (the command's stderr)
   */
  static TrainingProgress create(String task, long totalSteps, PrintStream terminal) {
    return interactive()
        ? new ProgressBarProgress(task, totalSteps, terminal, System::nanoTime)
        : LogProgress.toLog(task, totalSteps, LOG_INTERVAL);
  }
}

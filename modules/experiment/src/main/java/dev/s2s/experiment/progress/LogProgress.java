package dev.s2s.experiment.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Progress as plain lines ("train x: step 120/2000 (6.0%) loss 3.2100 1234 tok/s"), written at the
 * first update, then at most once per interval, and a final line on close; for logs and
 * non-interactive runs.
 */
public final class LogProgress implements TrainingProgress {
  private static final Logger LOG = LogManager.getLogger(LogProgress.class);

  private final String task;
  private final long totalSteps;
  private final long intervalNanos;
  private final Consumer<String> sink;
  private final TokenRate rate;
  private long lastStep;
  private double lastLoss = Double.NaN;
  private long reportedStep = -1;

  /**
   * @param task name at the start of each line
   * @param totalSteps expected updates, 0 when unknown
   * @param interval minimum time between lines
   * @param nanoClock monotonic clock in nanoseconds (System::nanoTime)
   * @param sink receives each line
   */
  public LogProgress(String task, long totalSteps, Duration interval, LongSupplier nanoClock, Consumer<String> sink) {
    this.task = task;
    this.totalSteps = totalSteps;
    this.intervalNanos = interval.toNanos();
    this.sink = sink;
    this.rate = new TokenRate(nanoClock);
  }

  /** Lines to this class's Log4j logger at INFO. */
  public static LogProgress toLog(String task, long totalSteps, Duration interval) {
    return new LogProgress(task, totalSteps, interval, System::nanoTime, LOG::info);
  }

  @Override
  public void step(long step, double loss, long tokens) {
    rate.add(tokens);
    lastStep = step;
    lastLoss = loss;
    if (reportedStep < 0 || rate.nanosSinceMark() >= intervalNanos) {
      report();
    }
  }

  @Override
  public void close() {
    if (lastStep > 0 && lastStep != reportedStep) {
      report();
    }
  }

  private void report() {
    StringBuilder sb = new StringBuilder(task).append(": step ").append(lastStep);
    if (totalSteps > 0) {
      sb.append('/').append(totalSteps)
          .append(String.format(Locale.ROOT, " (%.1f%%)", 100.0 * lastStep / totalSteps));
    }
    sb.append(String.format(Locale.ROOT, " loss %.4f %.0f tok/s", lastLoss, rate.sinceMark()));
    sink.accept(sb.toString());
    rate.mark();
    reportedStep = lastStep;
  }
}

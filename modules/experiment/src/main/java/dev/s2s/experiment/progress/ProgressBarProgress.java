package dev.s2s.experiment.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress as a terminal bar (me.tongfei progressbar): step/total, elapsed time and ETA, and as
 * extra message the last loss and the mean tokens per second. An unknown total gives an
 * indefinite bar.
 */
public final class ProgressBarProgress implements TrainingProgress {
  private final ProgressBar bar;
  private final TokenRate rate;

  /**
   * @param task bar title
   * @param totalSteps expected updates, 0 when unknown
   * @param terminal where the bar is drawn
   * @param nanoClock monotonic clock in nanoseconds (System::nanoTime)
   */
  public ProgressBarProgress(String task, long totalSteps, PrintStream terminal, LongSupplier nanoClock) {
    this.rate = new TokenRate(nanoClock);
    this.bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(totalSteps > 0 ? totalSteps : -1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(terminal))
        .build();
  }

  @Override
  public void step(long step, double loss, long tokens) {
    rate.add(tokens);
    bar.stepTo(step);
    bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f %.0f tok/s", loss, rate.overall()));
  }

  @Override
  public void close() {
    bar.close();
  }
}

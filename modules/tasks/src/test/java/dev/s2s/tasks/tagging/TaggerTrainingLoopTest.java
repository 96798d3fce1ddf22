package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.s2s.experiment.run.MetricsLog;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerTrainingLoopTest {
  @TempDir Path tmp;

  /**
   * With a learning rate too small to change a prediction, dev F1 stays where the first validation
   * put it, so every later validation is one without improvement. training.lr_decay says: halve
   * after {@code patience} of them, then count again. A metrics row shows the rate in use before
   * its validation's decision.
   */
  @Test
  void learningRateDecaysAfterPatienceValidationsWithoutImprovement() {
    // rows 1-6; patience 2: bad validations at rows 2, 3 (decay), 4, 5 (decay), 6
    assertArrayEquals(new double[] {1e-9, 1e-9, 1e-9, 5e-10, 5e-10, 2.5e-10}, learningRates(2), 1e-24);
    // patience 1: a decay after every bad validation (rows 2, 3, 4, 5, ...)
    assertArrayEquals(new double[] {1e-9, 1e-9, 5e-10, 2.5e-10, 1.25e-10, 6.25e-11}, learningRates(1), 1e-24);
  }

  private double[] learningRates(int patience) {
    // 300 training sentences in batches of 100: 3 updates per epoch, a validation after each epoch
    String training = "batch_size: 100, max_epochs: 6, learning_rate: 1.0e-9, lr_decay: {factor: 0.5, patience: "
        + patience + "}, early_stopping: {metric: f1, patience: 0}";
    Path run = TinyTaggingRun.train(tmp.resolve("p" + patience), TinyTaggingRun.yaml("decay", training), false);
    MetricsTable metrics = MetricsLog.read(RunDirectory.of(run).metricsFile());
    return metrics.column("learning_rate");
  }
}

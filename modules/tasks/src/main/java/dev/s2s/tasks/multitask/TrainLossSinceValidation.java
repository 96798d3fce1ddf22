package dev.s2s.tasks.multitask;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Training loss accumulated between validations: per task and over all tasks, each the summed NLL
 * divided by the summed tokens (NaN for a task without updates).
 */
final class TrainLossSinceValidation {
  private final Map<String, double[]> byTask = new LinkedHashMap<>(); // task -> {nll, tokens}

  TrainLossSinceValidation(Iterable<String> taskNames) {
    taskNames.forEach(t -> byTask.put(t, new double[2]));
  }

  void add(StepLoss loss) {
    double[] a = byTask.get(loss.task());
    a[0] += loss.nll();
    a[1] += loss.tokens();
  }

  /** Mean loss per token over all tasks. */
  double overall() {
    double nll = 0;
    double tokens = 0;
    for (double[] a : byTask.values()) {
      nll += a[0];
      tokens += a[1];
    }
    return tokens > 0 ? nll / tokens : Double.NaN;
  }

  /** Columns "loss_&lt;task&gt;" (dots in task names become underscores). */
  Map<String, Double> columns() {
    Map<String, Double> m = new LinkedHashMap<>();
    byTask.forEach((t, a) -> m.put("loss_" + t.replace('.', '_'), a[1] > 0 ? a[0] / a[1] : Double.NaN));
    return m;
  }

  void reset() {
    byTask.values().forEach(a -> java.util.Arrays.fill(a, 0));
  }
}

package dev.s2s.experiment.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One validation of a run, a row of {@code metrics.csv}: update step, epoch (1-based), wall-clock
 * seconds since the run started, mean training loss since the previous validation, and the
 * validation metrics by column name (e.g. {@code bleu}, {@code bleu_de}, {@code dev_loss}), in
 * column order.
 */
public record MetricsRow(long step, int epoch, double wallSeconds, double trainLoss, Map<String, Double> metrics) {
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  /** Validates the metric names (usable as CSV header cells) and copies the map. */
  public MetricsRow {
    if (step < 0 || epoch < 0) {
      throw new IllegalArgumentException("negative step " + step + " or epoch " + epoch);
    }
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    for (String name : metrics.keySet()) {
      if (!COLUMN.matcher(name).matches() || MetricsLog.FIXED_COLUMNS.contains(name)) {
        throw new IllegalArgumentException("bad metric column name '" + name + "'");
      }
    }
  }
}

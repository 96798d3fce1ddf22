package dev.s2s.tasks.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One model scored on one test set.
 *
 * @param model the model name
 * @param testSet the test set name
 * @param status OK, or MISSING (then there are no numbers)
 * @param metrics the suite's metrics in suite order (empty when missing)
 * @param wallSeconds wall-clock seconds the system took to produce its outputs (translate, tag or
 *     score calls; reading files and computing metrics excluded); NaN when missing
 * @param tokens the tokens processed in that time: source tokens (translation), tagged tokens
 *     (tagging), predicted tokens including sentence ends (lm); 0 when missing
 * @param details further numbers and signatures for results.json (e.g. per-type F1)
 * @param hypotheses the content of the hypothesis file, or null (lm, missing)
 */
public record ResultRow(
    String model,
    String testSet,
    RowStatus status,
    Map<SuiteMetric, Double> metrics,
    double wallSeconds,
    long tokens,
    Map<String, Object> details,
    String hypotheses) {
  public ResultRow {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** A row for a model that could not be scored. */
  static ResultRow missing(String model, String testSet, String reason) {
    return new ResultRow(model, testSet, RowStatus.MISSING, Map.of(), Double.NaN, 0, Map.of("reason", reason), null);
  }

  /** Tokens per wall-clock second; NaN when missing or when no time was measured. */
  public double tokensPerSecond() {
    return wallSeconds > 0 ? tokens / wallSeconds : Double.NaN;
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training.early_stopping}: stop after {@code patience} (default 3, >= 0; 0 = never
 * stop early) validations without improvement of {@code metric}. The metric (also used for the
 * best checkpoint and learning-rate decay) defaults by task: {@code bleu} with a translation
 * section, else {@code f1} with tagging, else {@code perplexity}. BLEU and chrF need a translation
 * section (multi-target: mean over targets), F1 needs tagging, perplexity needs translation or lm;
 * {@code loss} (validation loss) always works. {@code metric} is null only in a record that no
 * {@link ExperimentConfig} has completed yet.
 */
public record EarlyStoppingConfig(StoppingMetric metric, int patience) {
  /** Default patience. */
  public static final int DEFAULT_PATIENCE = 3;

  /** Validates patience. */
  public EarlyStoppingConfig {
    Check.nonNegative("patience", patience, "0 = never stop early");
  }

  @JsonCreator
  static EarlyStoppingConfig fromYaml(
      @JsonProperty("metric") StoppingMetric metric, @JsonProperty("patience") Integer patience) {
    return new EarlyStoppingConfig(metric, Check.or(patience, DEFAULT_PATIENCE));
  }

  /** A copy with {@code metric} set. */
  public EarlyStoppingConfig withMetric(StoppingMetric newMetric) {
    return new EarlyStoppingConfig(newMetric, patience);
  }
}

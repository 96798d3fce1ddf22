package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training.lr_decay}: multiply the learning rate by {@code factor} (default 0.5,
 * 0 < x <= 1; 1 = no decay) after {@code patience} (default 1, >= 0) validations without
 * improvement of the early-stopping metric.
 */
public record LrDecayConfig(double factor, int patience) {
  /** The defaults. */
  public static final LrDecayConfig DEFAULTS = new LrDecayConfig(0.5, 1);

  /** Validates factor and patience. */
  public LrDecayConfig {
    Check.fraction("factor", factor, 0.0, 1.0, false);
    Check.nonNegative("patience", patience, "0 = decay after every validation without improvement");
  }

  @JsonCreator
  static LrDecayConfig fromYaml(
      @JsonProperty("factor") Double factor, @JsonProperty("patience") Integer patience) {
    return new LrDecayConfig(Check.or(factor, DEFAULTS.factor()), Check.or(patience, DEFAULTS.patience()));
  }
}

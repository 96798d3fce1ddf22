package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training.lr_decay}: multiply the learning rate by {@code factor} (default 0.5,
 * 0 < x <= 1; 1 = no decay) after {@code patience} (default 1, >= 0) validations without
 * improvement of the early-stopping metric; or, with {@code after_epoch} N > 0 (default 0 = off;
 * RNN language models only), at the end of every epoch from epoch N on, whatever the validations
 * say (Zaremba et al. 2014: factor 0.5 after epoch 4).
 */
public record LrDecayConfig(double factor, int patience, int afterEpoch) {
  /** The defaults. */
  public static final LrDecayConfig DEFAULTS = new LrDecayConfig(0.5, 1, 0);

  /** Validates factor, patience and after_epoch. */
  public LrDecayConfig {
    Check.fraction("factor", factor, 0.0, 1.0, false);
    Check.nonNegative("patience", patience, "0 = decay after every validation without improvement");
    Check.nonNegative("after_epoch", afterEpoch, "0 = decay on plateaus instead");
  }

  /** Whether the rate decays by epoch ({@code after_epoch} > 0) rather than on plateaus. */
  public boolean byEpoch() {
    return afterEpoch > 0;
  }

  @JsonCreator
  static LrDecayConfig fromYaml(
      @JsonProperty("factor") Double factor, @JsonProperty("patience") Integer patience,
      @JsonProperty("after_epoch") Integer afterEpoch) {
    return new LrDecayConfig(Check.or(factor, DEFAULTS.factor()), Check.or(patience, DEFAULTS.patience()),
        Check.or(afterEpoch, DEFAULTS.afterEpoch()));
  }
}

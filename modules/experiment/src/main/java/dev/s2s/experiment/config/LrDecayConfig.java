package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training.lr_decay}: multiply the learning rate by {@code factor} (default 0.5,
 * 0 < x <= 1; 1 = no decay) after {@code patience} (default 1, >= 0) validations without
 * improvement of the early-stopping metric; or, with {@code after_epoch} N > 0 (default 0 = off;
 * RNN language models only), at the end of every epoch from epoch N on, whatever the validations
 * say (Zaremba et al. 2014: factor 0.5 after epoch 4). With {@code threshold} t (default 0, >= 0;
 * translation and language models, not tagging-only configs), a validation counts as an
 * improvement for the decay only if it beats the best by more than t, in the metric's units (BLEU
 * points, perplexity), as PyTorch's {@code ReduceLROnPlateau} with {@code threshold_mode="abs"}:
 * a slow creep of a few hundredths of BLEU per epoch then no longer postpones the decay. Early
 * stopping still counts every gain.
 */
public record LrDecayConfig(double factor, int patience, int afterEpoch, double threshold) {
  /** The defaults. */
  public static final LrDecayConfig DEFAULTS = new LrDecayConfig(0.5, 1, 0, 0.0);

  /** Validates factor, patience, after_epoch and threshold. */
  public LrDecayConfig {
    Check.fraction("factor", factor, 0.0, 1.0, false);
    Check.nonNegative("patience", patience, "0 = decay after every validation without improvement");
    Check.nonNegative("after_epoch", afterEpoch, "0 = decay on plateaus instead");
    Check.nonNegative("threshold", threshold, "0 = any gain over the best postpones the decay");
    if (afterEpoch > 0 && threshold != 0) {
      throw InvalidValueException.invalid(
          "threshold", threshold, "0: with after_epoch the rate decays by epoch, whatever the validations say");
    }
  }

  /** Whether the rate decays by epoch ({@code after_epoch} > 0) rather than on plateaus. */
  public boolean byEpoch() {
    return afterEpoch > 0;
  }

  @JsonCreator
  static LrDecayConfig fromYaml(
      @JsonProperty("factor") Double factor, @JsonProperty("patience") Integer patience,
      @JsonProperty("after_epoch") Integer afterEpoch, @JsonProperty("threshold") Double threshold) {
    return new LrDecayConfig(Check.or(factor, DEFAULTS.factor()), Check.or(patience, DEFAULTS.patience()),
        Check.or(afterEpoch, DEFAULTS.afterEpoch()), Check.or(threshold, DEFAULTS.threshold()));
  }
}

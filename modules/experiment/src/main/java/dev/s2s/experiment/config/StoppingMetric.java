package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Validation metric for early stopping and learning-rate decay ({@code training.early_stopping.metric}). */
public enum StoppingMetric implements ConfigEnum {
  BLEU("bleu"),
  CHRF("chrf"),
  F1("f1"),
  PERPLEXITY("perplexity"),
  LOSS("loss");

  private final String key;

  StoppingMetric(String key) {
    this.key = key;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  /** True when a larger value is better (BLEU, chrF, F1); false for perplexity and loss. */
  public boolean higherIsBetter() {
    return this == BLEU || this == CHRF || this == F1;
  }

  @Override
  public String toString() {
    return key;
  }
}

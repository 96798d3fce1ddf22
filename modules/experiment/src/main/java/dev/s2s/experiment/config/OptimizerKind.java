package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Update rule ({@code training.optimizer}): Adam, or plain SGD (RNN language models only, the
 * recipe of Zaremba et al. 2014 and PyTorch's word-language-model example).
 */
public enum OptimizerKind implements ConfigEnum {
  ADAM("adam"),
  SGD("sgd");

  private final String key;

  OptimizerKind(String key) {
    this.key = key;
  }

  @JsonValue
  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}

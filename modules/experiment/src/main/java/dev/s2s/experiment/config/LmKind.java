package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Kind of language model ({@code lm.kind}). */
public enum LmKind implements ConfigEnum {
  NGRAM("ngram"),
  RNN("rnn");

  private final String key;

  LmKind(String key) {
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

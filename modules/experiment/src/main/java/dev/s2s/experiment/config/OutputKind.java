package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Output layer over the vocabulary ({@code model.output}): full softmax or class-based softmax (needs {@code vocab.classes} > 0). */
public enum OutputKind implements ConfigEnum {
  SOFTMAX("softmax"),
  CLASS("class");

  private final String key;

  OutputKind(String key) {
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

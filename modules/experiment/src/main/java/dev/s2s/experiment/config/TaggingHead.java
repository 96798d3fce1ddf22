package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Output layer of the tagger ({@code tagging.head}). */
public enum TaggingHead implements ConfigEnum {
  SOFTMAX("softmax"),
  CRF("crf");

  private final String key;

  TaggingHead(String key) {
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

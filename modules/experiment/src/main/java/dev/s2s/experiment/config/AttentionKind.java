package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Decoder attention ({@code model.attention}). */
public enum AttentionKind implements ConfigEnum {
  NONE("none"),
  BAHDANAU("bahdanau");

  private final String key;

  AttentionKind(String key) {
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

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Gradient clipping ({@code training.clip.mode}): by the global L2 norm, per layer (parameter) norm, element-wise value, or none. */
public enum ClipMode implements ConfigEnum {
  GLOBAL_NORM("global_norm"),
  LAYER_NORM("layer_norm"),
  VALUE("value"),
  NONE("none");

  private final String key;

  ClipMode(String key) {
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

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Smoothing of an n-gram model ({@code lm.smoothing}): add-k, interpolated Kneser-Ney, modified Kneser-Ney. */
public enum Smoothing implements ConfigEnum {
  ADD_K("add-k"),
  KN("kn"),
  MODIFIED_KN("modified-kn");

  private final String key;

  Smoothing(String key) {
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

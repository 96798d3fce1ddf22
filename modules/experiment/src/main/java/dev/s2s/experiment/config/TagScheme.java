package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Chunk encoding of CoNLL tags ({@code scheme} of a conll data spec). */
public enum TagScheme implements ConfigEnum {
  IOB1("iob1"),
  IOB2("iob2"),
  IO("io");

  private final String key;

  TagScheme(String key) {
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

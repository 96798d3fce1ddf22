package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Format of a data file ({@code format} of a data spec). */
public enum DataFormat implements ConfigEnum {
  PARALLEL("parallel"),
  TSV("tsv"),
  CSV("csv"),
  CONLL("conll"),
  PLAIN("plain");

  private final String key;

  DataFormat(String key) {
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

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a tagger's per-sentence predictions are reconciled within a document ({@code
 * decoding.consistency}): {@code none} keeps each sentence's tags as the model predicts them;
 * {@code document} makes the mentions of one document agree (the rules are those of {@code
 * dev.s2s.tasks.tagging.DocumentConsistency}).
 */
public enum TagConsistency implements ConfigEnum {
  NONE("none"),
  DOCUMENT("document");

  private final String key;

  TagConsistency(String key) {
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

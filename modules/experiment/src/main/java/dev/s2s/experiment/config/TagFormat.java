package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The tags a tagger learns and decodes ({@code tagging.tag_format}): {@code iob2} (B-X, I-X, O) or
 * {@code iobes} (also E-X for a chunk's last token and S-X for a one-token chunk). Data is read and
 * tags are written in IOB2 either way.
 */
public enum TagFormat implements ConfigEnum {
  IOB2("iob2"),
  IOBES("iobes");

  private final String key;

  TagFormat(String key) {
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

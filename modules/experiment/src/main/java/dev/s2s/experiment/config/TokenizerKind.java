package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Tokenizer of one language ({@code text.tokenizers}); {@code corenlp-*} use Stanford CoreNLP's PTB-style tokenizer, {@code de} a rule-based German tokenizer. */
public enum TokenizerKind implements ConfigEnum {
  WHITESPACE("whitespace"),
  CORENLP_EN("corenlp-en"),
  CORENLP_FR("corenlp-fr"),
  DE("de");

  private final String key;

  TokenizerKind(String key) {
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

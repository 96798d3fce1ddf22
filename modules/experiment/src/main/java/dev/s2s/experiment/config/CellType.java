package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonValue;

/** Recurrent cell ({@code model.cell}); irnn is an Elman RNN with ReLU and identity-initialised recurrence. */
public enum CellType implements ConfigEnum {
  RNN("rnn"),
  IRNN("irnn"),
  LSTM("lstm"),
  GRU("gru");

  private final String key;

  CellType(String key) {
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

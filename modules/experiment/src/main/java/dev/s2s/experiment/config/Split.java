package dev.s2s.experiment.config;

/** A data split of a task section: the keys {@code train}, {@code dev} and {@code test}. */
public enum Split {
  TRAIN("train"),
  DEV("dev"),
  TEST("test");

  private final String key;

  Split(String key) {
    this.key = key;
  }

  /** The key of this split in a task section. */
  public String key() {
    return key;
  }
}

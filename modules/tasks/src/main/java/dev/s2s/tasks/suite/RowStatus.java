package dev.s2s.tasks.suite;

/** Whether a results row has numbers. */
public enum RowStatus {
  /** Scored. */
  OK,
  /** The model's run directory is missing or unusable and --allow-missing was given. */
  MISSING;

  /** Lower-case name for the tables. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

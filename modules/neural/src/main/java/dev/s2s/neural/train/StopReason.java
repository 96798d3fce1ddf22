package dev.s2s.neural.train;

/** Why training ended. */
public enum StopReason {
  MAX_STEPS,
  MAX_EPOCHS,
  EARLY_STOPPING,
  /** The wall-clock budget ran out. */
  TIME_BUDGET
}

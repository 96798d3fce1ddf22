package dev.s2s.neural.train;

/** Why training ended. */
public enum StopReason {
  MAX_STEPS,
  MAX_EPOCHS,
  EARLY_STOPPING
}

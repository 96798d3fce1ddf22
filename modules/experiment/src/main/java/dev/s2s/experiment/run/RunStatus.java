package dev.s2s.experiment.run;

/**
 * Lifecycle of a run directory: {@code RUNNING} while training, then {@code COMPLETED} or {@code
 * FAILED} (with the error message). Written to {@code STATUS} and {@code manifest.json}.
 */
public enum RunStatus {
  RUNNING,
  FAILED,
  COMPLETED
}

package dev.s2s.experiment.run;

/**
 * How {@link TrainingRun#start} treats an existing run directory of the same name.
 *
 * <ul>
 *   <li>{@code FRESH}: only a new (absent or empty) directory; an existing run is refused.
 *   <li>{@code FORCE} ({@code --force}): an existing run directory is deleted and started anew.
 *   <li>{@code RESUME} ({@code --resume}): an existing run directory is kept (checkpoints, metrics,
 *       log) and its status goes back to RUNNING.
 * </ul>
 */
public enum StartMode {
  FRESH,
  FORCE,
  RESUME
}

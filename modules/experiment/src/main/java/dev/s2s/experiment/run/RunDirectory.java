package dev.s2s.experiment.run;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The layout of a run directory {@code <base>/<name>/} and read access to it: {@code config.yaml}
 * (the resolved config), {@code manifest.json} ({@link RunManifest}), {@code STATUS} (first line the
 * {@link RunStatus}, then the error message of a failed run), {@code train.log}, {@code
 * metrics.csv}, {@code learning-curve.png}, vocabularies {@code vocab-<name>.txt} and {@code
 * checkpoints/} ({@code step-<step>.ckpt}, {@code best.ckpt}). Writers of vocabularies and
 * checkpoints write them atomically ({@code AtomicFiles}) at the paths given here. A {@link
 * TrainingRun} manages the lifecycle; consumers (translate, tag, eval) call {@link
 * #requireUsable(String)}.
 */
public final class RunDirectory {
  /** Default base directory of run directories, relative to the working directory. */
  public static final Path DEFAULT_BASE = Path.of("runs");

  private static final Logger LOG = LogManager.getLogger(RunDirectory.class);
  private static final Pattern STEP_CHECKPOINT = Pattern.compile("step-(\\d+)\\.ckpt");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path dir;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /** The run directory at {@code dir}. */
  public static RunDirectory of(Path dir) {
    return new RunDirectory(dir);
  }

  /** The run directory of experiment {@code name} under {@code base}. */
  public static RunDirectory in(Path base, String name) {
    return new RunDirectory(base.resolve(name));
  }

  public Path dir() {
    return dir;
  }

  /** The resolved config, {@code config.yaml}. */
  public Path configFile() {
    return dir.resolve("config.yaml");
  }

  public Path manifestFile() {
    return dir.resolve("manifest.json");
  }

  public Path statusFile() {
    return dir.resolve("STATUS");
  }

  public Path logFile() {
    return dir.resolve("train.log");
  }

  public Path metricsFile() {
    return dir.resolve("metrics.csv");
  }

  public Path learningCurveFile() {
    return dir.resolve("learning-curve.png");
  }

  public Path checkpointsDir() {
    return dir.resolve("checkpoints");
  }

  /** {@code checkpoints/step-<step, 10 digits>.ckpt}. */
  public Path checkpointFile(long step) {
    if (step < 0) {
      throw new IllegalArgumentException("negative step " + step);
    }
    return checkpointsDir().resolve(String.format("step-%010d.ckpt", step));
  }

  /** {@code checkpoints/best.ckpt}: the checkpoint with the best validation metric so far. */
  public Path bestCheckpointFile() {
    return checkpointsDir().resolve("best.ckpt");
  }

  /** {@code vocab-<name>.txt}, e.g. name {@code en}, {@code shared} or {@code tags}. */
  public Path vocabularyFile(String name) {
    return file("vocab-" + name + ".txt");
  }

  /** Another file directly in the run directory (a plain name, no separators). */
  public Path file(String name) {
    if (!FILE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain file name: '" + name + "'");
    }
    return dir.resolve(name);
  }

  /** The status in {@code STATUS}, or empty when there is no STATUS file. */
  public Optional<RunStatus> status() {
    List<String> lines = statusLines();
    if (lines == null) {
      return Optional.empty();
    }
    String first = lines.isEmpty() ? "" : lines.get(0).strip();
    try {
      return Optional.of(RunStatus.valueOf(first));
    } catch (IllegalArgumentException e) {
      throw new UserException(statusFile() + ":1: unknown status '" + first
          + "'; expected one of: RUNNING, FAILED, COMPLETED");
    }
  }

  /** The error message of a failed run (the STATUS lines after the first), or "" if none. */
  public String statusMessage() {
    List<String> lines = statusLines();
    return lines == null || lines.size() < 2 ? "" : String.join("\n", lines.subList(1, lines.size())).strip();
  }

  /** The manifest. */
  public RunManifest manifest() {
    if (!Files.isRegularFile(manifestFile())) {
      throw new UserException(manifestFile() + ": not found; " + dir + " is not a run directory");
    }
    return ManifestJson.read(manifestFile());
  }

  /** The resolved config the run was trained with (data files need not exist any more). */
  public ExperimentConfig config() {
    if (!Files.isRegularFile(configFile())) {
      throw new UserException(configFile() + ": not found; " + dir + " is not a run directory");
    }
    return ExperimentConfig.loadResolved(configFile());
  }

  /** The validation rows written so far. */
  public MetricsTable metrics() {
    return MetricsLog.read(metricsFile());
  }

  /** Step checkpoints, oldest (lowest step) first. */
  public List<Path> stepCheckpoints() {
    if (!Files.isDirectory(checkpointsDir())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(checkpointsDir())) {
      return files.filter(p -> STEP_CHECKPOINT.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(RunDirectory::stepOf))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The step checkpoint with the highest step, if any (for --resume). */
  public Optional<Path> latestCheckpoint() {
    List<Path> all = stepCheckpoints();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The step of a {@code step-<n>.ckpt} file. */
  public static long stepOf(Path checkpoint) {
    Matcher m = STEP_CHECKPOINT.matcher(checkpoint.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a step checkpoint: " + checkpoint);
    }
    return Long.parseLong(m.group(1));
  }

  /** Deletes the oldest step checkpoints so that at most {@code keep} remain (best.ckpt is kept). */
  public void pruneCheckpoints(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep " + keep);
    }
    List<Path> all = new ArrayList<>(stepCheckpoints());
    for (int i = 0; i < all.size() - keep; i++) {
      try {
        Files.deleteIfExists(all.get(i));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + all.get(i), e);
      }
    }
  }

  /**
   * Checks that {@code command} may use this run: it must exist and be COMPLETED, or else have a
   * best checkpoint (then a warning is logged).
   *
   * @throws UserException naming the directory, the status, the error message and what to do
   */
  public RunDirectory requireUsable(String command) {
    if (!Files.isDirectory(dir)) {
      throw new UserException("run directory " + dir + " not found; '" + command
          + "' needs a trained run: train the experiment first");
    }
    RunStatus status = status().orElseThrow(() -> new UserException("run directory " + dir
        + " has no STATUS file; it is not a run directory, or its training never started"));
    if (status == RunStatus.COMPLETED) {
      return this;
    }
    String why = status == RunStatus.FAILED
        ? "failed (" + firstLine(statusMessage()) + ")"
        : "is still RUNNING or was killed";
    if (Files.isRegularFile(bestCheckpointFile())) {
      LOG.warn("run {} {}; '{}' uses its best checkpoint {}", dir, why, command, bestCheckpointFile());
      return this;
    }
    throw new UserException("run directory " + dir + " has status " + status + ": its training " + why
        + ", and it has no best checkpoint (" + bestCheckpointFile() + "); '" + command
        + "' needs a COMPLETED run or a best checkpoint: train again with --resume or --force");
  }

  void writeStatus(RunStatus status, String message) {
    String text = status + "\n" + (message == null || message.isEmpty() ? "" : message.strip() + "\n");
    AtomicFiles.writeString(statusFile(), text);
  }

  private List<String> statusLines() {
    return Files.isRegularFile(statusFile()) ? TextFiles.readLines(statusFile()) : null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}

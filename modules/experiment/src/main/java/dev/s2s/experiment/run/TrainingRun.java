package dev.s2s.experiment.run;

import dev.s2s.common.Sha256;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A training run in progress: creates (or resumes) the run directory, writes {@code config.yaml},
 * {@code manifest.json} and {@code STATUS} (RUNNING), and copies {@code dev.s2s} log lines to
 * {@code train.log} until closed. End it with {@link #complete()} or {@link #fail(Throwable)};
 * {@link #close()} marks a run that is still RUNNING as FAILED. Typical use:
 *
 * <pre>{@code
 * try (TrainingRun run = TrainingRun.start(RunDirectory.DEFAULT_BASE, config, StartMode.FRESH)) {
 *   try {
 *     ... train, run.metrics().append(row), write checkpoints at run.directory().checkpointFile(step) ...
 *     run.complete();
 *   } catch (RuntimeException | Error e) {
 *     run.fail(e);
 *     throw e;
 *   }
 * }
 * }</pre>
 */
public final class TrainingRun implements AutoCloseable {
  private static final Logger LOG = LogManager.getLogger(TrainingRun.class);

  private final RunDirectory directory;
  private final ExperimentConfig config;
  private final Clock clock;
  private final long startMillis;
  private final MetricsLog metrics;
  private RunManifest manifest;
  private RunLog log;

  private TrainingRun(RunDirectory directory, ExperimentConfig config, Clock clock, RunManifest manifest) {
    this.directory = directory;
    this.config = config;
    this.clock = clock;
    this.startMillis = clock.millis();
    this.manifest = manifest;
    this.metrics = new MetricsLog(directory.metricsFile());
  }

  /** {@link #start(Path, ExperimentConfig, StartMode, Path, Clock)} in the working directory, UTC clock. */
  public static TrainingRun start(Path runsBase, ExperimentConfig config, StartMode mode) {
    return start(runsBase, config, mode, Path.of("").toAbsolutePath(), Clock.systemUTC());
  }

  /**
   * Starts a run of {@code config} in {@code runsBase/<name>/}.
   *
   * @param runsBase base directory of runs (default {@link RunDirectory#DEFAULT_BASE})
   * @param mode what to do with an existing run directory
   * @param workDir directory whose git state goes into the manifest
   * @param clock source of the start/end times and wall seconds
   * @throws UserException if an existing run directory is refused or a data file is missing
   */
  public static TrainingRun start(
      Path runsBase, ExperimentConfig config, StartMode mode, Path workDir, Clock clock) {
    RunDirectory dir = RunDirectory.in(runsBase, config.name());
    List<String> previousStarts = prepare(dir, config, mode);
    RunManifest manifest =
        new RunManifest(
            config.name(), RunStatus.RUNNING, null, config.hash(), config.seed(),
            Provenance.git(workDir), corpusFiles(config), Provenance.libraries(),
            Provenance.jvmArgs(), clock.instant().toString(), null, previousStarts);
    try {
      Files.createDirectories(dir.checkpointsDir());
    } catch (IOException e) {
      throw new UserException("cannot create run directory " + dir + ": " + e.getMessage(), e);
    }
    config.write(dir.configFile());
    ManifestJson.write(dir.manifestFile(), manifest);
    dir.writeStatus(RunStatus.RUNNING, null);
    TrainingRun run = new TrainingRun(dir, config, clock, manifest);
    run.log = RunLog.attach(dir.logFile());
    LOG.info("run {} started ({}), config hash {}", dir, mode, manifest.configHash());
    return run;
  }

  public RunDirectory directory() {
    return directory;
  }

  public ExperimentConfig config() {
    return config;
  }

  /** The manifest as last written. */
  public synchronized RunManifest manifest() {
    return manifest;
  }

  public synchronized RunStatus status() {
    return manifest.status();
  }

  /** The run's metrics.csv. */
  public MetricsLog metrics() {
    return metrics;
  }

  /** Wall-clock seconds since this start (for {@link MetricsRow#wallSeconds()}). */
  public double elapsedSeconds() {
    return (clock.millis() - startMillis) / 1000.0;
  }

  /** Marks the run COMPLETED and detaches the log. */
  public synchronized void complete() {
    end(RunStatus.COMPLETED, null);
  }

  /** Marks the run FAILED with the error's message and detaches the log. */
  public synchronized void fail(Throwable error) {
    String message = error.getMessage() == null || error.getMessage().isBlank()
        ? error.getClass().getName()
        : error.getMessage();
    if (error instanceof UserException) {
      LOG.error("run {} failed: {}", directory, message); // a user error: the message says it all
    } else {
      LOG.error("run {} failed: {}", directory, message, error);
    }
    end(RunStatus.FAILED, message);
  }

  /** Marks a run that is still RUNNING as FAILED ("ended without completing"); detaches the log. */
  @Override
  public synchronized void close() {
    if (manifest.status() == RunStatus.RUNNING) {
      end(RunStatus.FAILED, "training ended without completing (the run was closed while RUNNING)");
    }
    detachLog();
  }

  private void end(RunStatus status, String message) {
    if (manifest.status() != RunStatus.RUNNING) {
      throw new IllegalStateException("run " + directory + " already ended with " + manifest.status());
    }
    manifest = manifest.ended(status, message, clock.instant().toString());
    ManifestJson.write(directory.manifestFile(), manifest);
    directory.writeStatus(status, message);
    LOG.info("run {} {}", directory, status);
    detachLog();
  }

  private void detachLog() {
    if (log != null) {
      log.close();
      log = null;
    }
  }

  /** Applies {@code mode} to an existing directory; returns the earlier start times to keep. */
  private static List<String> prepare(RunDirectory dir, ExperimentConfig config, StartMode mode) {
    boolean exists = Files.isDirectory(dir.dir());
    boolean isRun = Files.isRegularFile(dir.statusFile()) || Files.isRegularFile(dir.manifestFile());
    if (exists && !isRun && !isEmpty(dir.dir())) {
      throw new UserException(dir + " exists and is not a run directory (no STATUS or manifest.json); "
          + "move it away or rename the experiment (key 'name')");
    }
    if (mode == StartMode.RESUME) {
      if (!isRun) {
        throw new UserException("--resume: no run to resume in " + dir + "; start without --resume");
      }
      RunManifest old = dir.manifest();
      if (!old.configHash().equals(config.hash())) {
        LOG.warn("resuming {} with a changed config: hash {} -> {}", dir, old.configHash(), config.hash());
      }
      List<String> starts = new ArrayList<>(old.previousStarts() == null ? List.of() : old.previousStarts());
      starts.add(old.startTime());
      return List.copyOf(starts);
    }
    if (isRun) {
      if (mode == StartMode.FRESH) {
        throw refusal(dir);
      }
      LOG.warn("--force: deleting run directory {}", dir);
      deleteTree(dir.dir());
    }
    return List.of();
  }

  private static UserException refusal(RunDirectory dir) {
    String state = switch (dir.status().orElse(RunStatus.RUNNING)) {
      case COMPLETED -> "already holds a COMPLETED run";
      case FAILED -> "holds a FAILED run (" + dir.statusMessage().lines().findFirst().orElse("") + ")";
      case RUNNING -> "has status RUNNING (another training may be using it, or it was killed)";
    };
    return new UserException("run directory " + dir + " " + state
        + "; use --resume to continue it or --force to delete it and start over");
  }

  private static List<CorpusFile> corpusFiles(ExperimentConfig config) {
    List<CorpusFile> files = new ArrayList<>();
    for (Map.Entry<String, List<Path>> e : config.dataFiles().entrySet()) {
      for (Path p : e.getValue()) {
        try {
          files.add(new CorpusFile(e.getKey(), p.toString(), Files.size(p), Sha256.ofFile(p)));
        } catch (IOException ex) {
          throw new UserException("cannot read " + p + " (" + e.getKey() + "): " + ex.getMessage(), ex);
        }
      }
    }
    return files;
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UserException("--force: cannot delete " + root + ": " + e.getMessage(), e);
    }
  }
}

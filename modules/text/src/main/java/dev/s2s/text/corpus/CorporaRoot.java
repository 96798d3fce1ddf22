package dev.s2s.text.corpus;

import dev.s2s.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the directory holding the shared corpora. In order: an explicit directory (the CLI's
 * {@code --corpora}), else the environment variable {@value #ENV}, else {@code ../shared/corpora}
 * relative to the working directory. The first candidate that is given decides: an explicit or
 * environment directory that does not exist is an error, it does not fall through.
 */
public final class CorporaRoot {
  /** Environment variable naming the corpora directory. */
  public static final String ENV = "S2S_CORPORA";

  /** Default location relative to the working directory. */
  public static final String DEFAULT_RELATIVE = "../shared/corpora";

  private CorporaRoot() {}

  /**
   * The chosen root, absolute and normalized, without requiring it to exist (a config that reads
   * only project files never touches it).
   *
   * @param explicit the --corpora option, or null
   * @param envValue value of {@value #ENV}, or null/blank when unset
   * @param workingDir the working directory relative paths resolve against
   */
  public static Path choose(Path explicit, String envValue, Path workingDir) {
    Path chosen;
    if (explicit != null) {
      chosen = workingDir.resolve(explicit);
    } else if (envValue != null && !envValue.isBlank()) {
      chosen = workingDir.resolve(envValue);
    } else {
      chosen = workingDir.resolve(DEFAULT_RELATIVE);
    }
    return chosen.toAbsolutePath().normalize();
  }

  /** {@link #choose(Path, String, Path)} with this process's environment and working directory. */
  public static Path choose(Path explicit) {
    return choose(explicit, System.getenv(ENV), Path.of(System.getProperty("user.dir")));
  }

  /** Resolves with the process environment and working directory; {@code explicit} may be null. */
  public static Path resolve(Path explicit) {
    return resolve(explicit, System.getenv(ENV), Path.of(System.getProperty("user.dir")));
  }

  /**
   * Resolves from explicit inputs (for tests and embedding).
   *
   * @param explicit directory given on the command line, or null
   * @param envValue value of {@value #ENV}, or null/blank when unset
   * @param workingDir the working directory the default is relative to
   * @throws UserException naming the place looked at and how it was chosen, when not a directory
   */
  public static Path resolve(Path explicit, String envValue, Path workingDir) {
    if (explicit != null) {
      return requireDir(explicit, "--corpora");
    }
    if (envValue != null && !envValue.isBlank()) {
      return requireDir(Path.of(envValue), "environment variable " + ENV);
    }
    return requireDir(
        workingDir.resolve(DEFAULT_RELATIVE).normalize(),
        "default " + DEFAULT_RELATIVE + " relative to the working directory " + workingDir
            + " (set --corpora or " + ENV + ")");
  }

  private static Path requireDir(Path dir, String source) {
    if (!Files.isDirectory(dir)) {
      throw new UserException(
          "corpora directory not found: " + dir.toAbsolutePath() + " (from " + source + ")");
    }
    return dir;
  }
}

package dev.s2s.experiment.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the directory that {@code corpus:} data paths are relative to: an explicit directory
 * (the CLI's {@code --corpora}), else the environment variable {@value #ENV}, else {@code
 * ../shared/corpora} relative to the working directory.
 */
public final class CorporaRoot {
  /** Environment variable naming the corpora root. */
  public static final String ENV = "S2S_CORPORA";

  /** Fallback, relative to the working directory. */
  public static final String DEFAULT = "../shared/corpora";

  private CorporaRoot() {}

  /**
   * @param explicit the --corpora option, or null
   * @param env the process environment (System.getenv())
   * @param workingDir the working directory
   * @return the chosen root, absolute and normalized
   */
  public static Path choose(Path explicit, Map<String, String> env, Path workingDir) {
    Path chosen;
    if (explicit != null) {
      chosen = workingDir.resolve(explicit);
    } else if (env.get(ENV) != null && !env.get(ENV).isBlank()) {
      chosen = workingDir.resolve(env.get(ENV));
    } else {
      chosen = workingDir.resolve(DEFAULT);
    }
    return chosen.toAbsolutePath().normalize();
  }

  /** {@link #choose(Path, Map, Path)} with this process's environment and working directory. */
  public static Path choose(Path explicit) {
    return choose(explicit, System.getenv(), Path.of("").toAbsolutePath());
  }
}

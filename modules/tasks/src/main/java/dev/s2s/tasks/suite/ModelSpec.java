package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.s2s.experiment.config.InvalidValueException;
import java.nio.file.Path;

/**
 * One model of a suite ({@code models[i]}): a {@code name} and exactly one of {@code config} (an
 * experiment YAML file; the run directory is {@code <runs base>/<experiment name>/}) or {@code run}
 * (a run directory). Both paths are relative to the suite file's directory; after loading they are
 * absolute.
 */
public record ModelSpec(String name, Path config, Path run) {
  /** Validates the keys as written (key paths relative to the model). */
  public ModelSpec {
    Names.fileName("name", name, "a model name");
    if (config != null && run != null) {
      throw InvalidValueException.invalid(
          "run", run, "either 'config' or 'run', not both (config is '" + config + "')");
    }
    if (config == null && run == null) {
      throw InvalidValueException.missing(
          "config", "'config' (an experiment YAML file) or 'run' (a run directory)");
    }
  }

  @JsonCreator
  static ModelSpec fromYaml(
      @JsonProperty("name") String name,
      @JsonProperty("config") String config,
      @JsonProperty("run") String run) {
    return new ModelSpec(name, path("config", config), path("run", run));
  }

  /** The key that locates the model: {@code config} or {@code run}. */
  public String locationKey() {
    return config != null ? "config" : "run";
  }

  /** A copy with both paths resolved against {@code dir}. */
  public ModelSpec resolvedAgainst(Path dir) {
    return new ModelSpec(
        name,
        config == null ? null : dir.resolve(config).toAbsolutePath().normalize(),
        run == null ? null : dir.resolve(run).toAbsolutePath().normalize());
  }

  private static Path path(String key, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw InvalidValueException.invalid(key, value, "a non-empty path");
    }
    try {
      return Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw InvalidValueException.invalid(key, value, "a valid path (" + e.getReason() + ")");
    }
  }
}

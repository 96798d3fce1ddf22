package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.s2s.experiment.config.InvalidValueException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One model of a suite ({@code models[i]}): a {@code name} and exactly one of {@code config} (an
 * experiment YAML file; the run directory is {@code <runs base>/<experiment name>/}), {@code run}
 * (a run directory) or, in tagging suites, {@code crf_model} (a CoreNLP CRF model file written by
 * {@code s2s baseline crf-ner train}, the baseline the toolkit's taggers are compared with).
 * {@code config} and {@code run} are relative to the suite file's directory and absolute after
 * loading; {@code crf_model} is relative to the runs base (like the run directories of config
 * models) and resolved when the suite runs.
 *
 * <p>A {@code config} model of a tagging suite may list {@code seeds}: the model is then the ensemble
 * of the config's runs with those seeds ({@code s2s train CONFIG --seed N} writes {@code
 * <name>-seed<N>}; the config's own seed is the run {@code <name>}), tagging as one.
 *
 * @param seeds the seeds of an ensemble's runs, or null for one run
 */
public record ModelSpec(String name, Path config, Path run, Path crfModel, List<Long> seeds) {
  private static final String ONE_OF =
      "'config' (an experiment YAML file), 'run' (a run directory) or 'crf_model' (a CoreNLP CRF model file)";

  /** Validates the keys as written (key paths relative to the model). */
  public ModelSpec {
    Names.fileName("name", name, "a model name");
    int given = (config != null ? 1 : 0) + (run != null ? 1 : 0) + (crfModel != null ? 1 : 0);
    if (given > 1) {
      String second = config != null && run != null ? "run" : "crf_model";
      throw InvalidValueException.invalid(second, second.equals("run") ? run : crfModel,
          "exactly one of " + ONE_OF + ", not several");
    }
    if (given == 0) {
      throw InvalidValueException.missing("config", ONE_OF);
    }
    seeds = seeds == null ? null : checkSeeds(seeds, config != null);
  }

  private static List<Long> checkSeeds(List<Long> seeds, boolean hasConfig) {
    if (!hasConfig) {
      throw InvalidValueException.invalid("seeds", seeds, "no seeds: they name the runs of a 'config' model");
    }
    if (seeds.isEmpty() || seeds.stream().anyMatch(Objects::isNull) || new HashSet<>(seeds).size() != seeds.size()) {
      throw InvalidValueException.invalid("seeds", seeds, "a non-empty list of distinct seeds, e.g. [1, 2, 3]");
    }
    return List.copyOf(seeds);
  }

  @JsonCreator
  static ModelSpec fromYaml(
      @JsonProperty("name") String name,
      @JsonProperty("config") String config,
      @JsonProperty("run") String run,
      @JsonProperty("crf_model") String crfModel,
      @JsonProperty("seeds") List<Long> seeds) {
    return new ModelSpec(name, path("config", config), path("run", run), path("crf_model", crfModel), seeds);
  }

  /** The key that locates the model: {@code config}, {@code run} or {@code crf_model}. */
  public String locationKey() {
    return config != null ? "config" : run != null ? "run" : "crf_model";
  }

  /** A copy with {@code config} and {@code run} resolved against {@code dir}. */
  public ModelSpec resolvedAgainst(Path dir) {
    return new ModelSpec(
        name,
        config == null ? null : dir.resolve(config).toAbsolutePath().normalize(),
        run == null ? null : dir.resolve(run).toAbsolutePath().normalize(),
        crfModel,
        seeds);
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

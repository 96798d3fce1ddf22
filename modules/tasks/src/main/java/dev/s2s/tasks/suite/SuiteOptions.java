package dev.s2s.tasks.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run a suite.
 *
 * @param runsBase the directory holding run directories: a {@code config:} model's run directory
 *     is {@code runsBase/<experiment name>/}
 * @param allowMissing score the other models when a model's run directory is missing or
 *     unusable, marking it "missing", instead of failing
 * @param only the names of the models to score (empty: all)
 */
public record SuiteOptions(Path runsBase, boolean allowMissing, List<String> only) {
  public SuiteOptions {
    if (runsBase == null) {
      throw new IllegalArgumentException("runsBase is required");
    }
    only = only == null ? List.of() : List.copyOf(only);
  }
}

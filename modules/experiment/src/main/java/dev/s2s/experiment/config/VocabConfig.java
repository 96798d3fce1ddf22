package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code vocab}: vocabularies built from the training data.
 *
 * <ul>
 *   <li>{@code min_freq} (default 1, >= 1): words seen fewer times become {@code <unk>}.
 *   <li>{@code max_size} (default 30000, > 0): at most this many words per vocabulary (the most
 *       frequent), special symbols included.
 *   <li>{@code shared} (default false): one vocabulary for all languages.
 *   <li>{@code classes} (default 0, >= 0, < max_size): number of word classes for the class-based
 *       softmax ({@code model.output: class}); 0 = no classes.
 * </ul>
 */
public record VocabConfig(int minFreq, int maxSize, boolean shared, int classes) {
  /** The defaults. */
  public static final VocabConfig DEFAULTS = new VocabConfig(1, 30000, false, 0);

  /** Validates the ranges above. */
  public VocabConfig {
    Check.positive("min_freq", minFreq);
    Check.positive("max_size", maxSize);
    Check.nonNegative("classes", classes, "0 = no word classes");
    if (classes >= maxSize) {
      throw InvalidValueException.invalid("classes", classes, "fewer classes than max_size (" + maxSize + ")");
    }
  }

  @JsonCreator
  static VocabConfig fromYaml(
      @JsonProperty("min_freq") Integer minFreq,
      @JsonProperty("max_size") Integer maxSize,
      @JsonProperty("shared") Boolean shared,
      @JsonProperty("classes") Integer classes) {
    return new VocabConfig(
        Check.or(minFreq, DEFAULTS.minFreq()),
        Check.or(maxSize, DEFAULTS.maxSize()),
        Check.or(shared, DEFAULTS.shared()),
        Check.or(classes, DEFAULTS.classes()));
  }
}

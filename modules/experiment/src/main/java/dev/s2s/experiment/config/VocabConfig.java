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
 *   <li>{@code bpe_merges} (default 0, >= 0; 0 = whole words): translation only. Byte-pair-encoding
 *       subwords (Sennrich et al. 2016, as subword-nmt): this many merge operations are learned per
 *       language on its training side (pairs seen fewer than twice are not merged), saved as {@code
 *       bpe-<lang>.codes} in the run directory (subword-nmt's codes format) and applied to every
 *       tokenized sentence ("new@@ est"); min_freq and max_size then count subwords, and output is
 *       joined back into words before detokenization.
 * </ul>
 */
public record VocabConfig(int minFreq, int maxSize, boolean shared, int classes, int bpeMerges) {
  /** The defaults. */
  public static final VocabConfig DEFAULTS = new VocabConfig(1, 30000, false, 0, 0);

  /** Whole-word vocabularies. */
  public VocabConfig(int minFreq, int maxSize, boolean shared, int classes) {
    this(minFreq, maxSize, shared, classes, 0);
  }

  /** Validates the ranges above. */
  public VocabConfig {
    Check.positive("min_freq", minFreq);
    Check.positive("max_size", maxSize);
    Check.nonNegative("classes", classes, "0 = no word classes");
    Check.nonNegative("bpe_merges", bpeMerges, "0 = whole words");
    if (classes >= maxSize) {
      throw InvalidValueException.invalid("classes", classes, "fewer classes than max_size (" + maxSize + ")");
    }
  }

  @JsonCreator
  static VocabConfig fromYaml(
      @JsonProperty("min_freq") Integer minFreq,
      @JsonProperty("max_size") Integer maxSize,
      @JsonProperty("shared") Boolean shared,
      @JsonProperty("classes") Integer classes,
      @JsonProperty("bpe_merges") Integer bpeMerges) {
    return new VocabConfig(
        Check.or(minFreq, DEFAULTS.minFreq()),
        Check.or(maxSize, DEFAULTS.maxSize()),
        Check.or(shared, DEFAULTS.shared()),
        Check.or(classes, DEFAULTS.classes()),
        Check.or(bpeMerges, DEFAULTS.bpeMerges()));
  }
}

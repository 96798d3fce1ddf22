package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code decoding}: how a trained model produces its output. For translation, beam search;
 * for tagging, whether the predictions of a document are made consistent.
 *
 * <ul>
 *   <li>{@code beam} (default 5, > 0): beam width (1 = greedy).
 *   <li>{@code alpha} (default 0.6, >= 0): length-penalty exponent (GNMT style; 0 = none).
 *   <li>{@code max_length_ratio} (default 1.5, > 0) and {@code max_length_extra} (default 10,
 *       >= 0): hypotheses stop at {@code ratio * source length + extra} tokens.
 *   <li>{@code consistency} (tagging; default {@code none}): {@code document} makes the predicted
 *       mentions of each document agree ({@link TagConsistency}).
 * </ul>
 */
public record DecodingConfig(
    int beam, double alpha, double maxLengthRatio, int maxLengthExtra, TagConsistency consistency) {
  /** The defaults. */
  public static final DecodingConfig DEFAULTS = new DecodingConfig(5, 0.6, 1.5, 10, TagConsistency.NONE);

  /** Validates the ranges above. */
  public DecodingConfig {
    Check.positive("beam", beam);
    Check.nonNegative("alpha", alpha, "0 = no length penalty");
    Check.positive("max_length_ratio", maxLengthRatio);
    Check.nonNegative("max_length_extra", maxLengthExtra, "0 = no extra tokens");
    Check.required("consistency", consistency, ConfigEnum.choices(TagConsistency.class));
  }

  /** Beam search settings with the default tagging consistency. */
  public DecodingConfig(int beam, double alpha, double maxLengthRatio, int maxLengthExtra) {
    this(beam, alpha, maxLengthRatio, maxLengthExtra, DEFAULTS.consistency());
  }

  /** A copy with length penalty {@code newAlpha}. */
  public DecodingConfig withAlpha(double newAlpha) {
    return new DecodingConfig(beam, newAlpha, maxLengthRatio, maxLengthExtra, consistency);
  }

  @JsonCreator
  static DecodingConfig fromYaml(
      @JsonProperty("beam") Integer beam,
      @JsonProperty("alpha") Double alpha,
      @JsonProperty("max_length_ratio") Double maxLengthRatio,
      @JsonProperty("max_length_extra") Integer maxLengthExtra,
      @JsonProperty("consistency") TagConsistency consistency) {
    return new DecodingConfig(
        Check.or(beam, DEFAULTS.beam()),
        Check.or(alpha, DEFAULTS.alpha()),
        Check.or(maxLengthRatio, DEFAULTS.maxLengthRatio()),
        Check.or(maxLengthExtra, DEFAULTS.maxLengthExtra()),
        Check.or(consistency, DEFAULTS.consistency()));
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training.clip}: gradient clipping. {@code mode} (default {@code global_norm}):
 * {@code global_norm}, {@code layer_norm}, {@code value} or {@code none}; {@code value} (default
 * 5.0, > 0): the norm or absolute-value bound (unused for mode none).
 */
public record ClipConfig(ClipMode mode, double value) {
  /** The defaults. */
  public static final ClipConfig DEFAULTS = new ClipConfig(ClipMode.GLOBAL_NORM, 5.0);

  /** Validates mode and value. */
  public ClipConfig {
    Check.required("mode", mode, ConfigEnum.choices(ClipMode.class));
    Check.positive("value", value);
  }

  @JsonCreator
  static ClipConfig fromYaml(@JsonProperty("mode") ClipMode mode, @JsonProperty("value") Double value) {
    return new ClipConfig(Check.or(mode, DEFAULTS.mode()), Check.or(value, DEFAULTS.value()));
  }
}

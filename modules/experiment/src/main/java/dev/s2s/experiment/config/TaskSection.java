package dev.s2s.experiment.config;

import java.util.List;

/** A task section of an experiment config ({@code translation}, {@code tagging}, {@code lm}). */
public sealed interface TaskSection permits TranslationConfig, TaggingConfig, LmConfig {
  /** The section's key in the YAML file. */
  String sectionKey();

  /** The spec of {@code split}, or null when the config does not give one. */
  DataSpec data(Split split);

  /** The languages whose files the data specs provide (parallel data reads one file each). */
  List<String> languages();

  /** A copy with every present data spec replaced by {@code mapper}'s result. */
  TaskSection mapData(DataMapper mapper);

  /** Applies {@code mapper} to the spec of {@code split} if present. */
  default DataSpec mapped(DataMapper mapper, Split split) {
    DataSpec spec = data(split);
    return spec == null ? null : mapper.map(sectionKey() + "." + split.key(), spec, languages());
  }
}

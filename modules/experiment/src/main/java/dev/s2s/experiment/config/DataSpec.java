package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a split (train, dev or test) of a task's data comes from: a {@code format} (required; it
 * selects the record type and its options) and exactly one of {@code file} (a path relative to the
 * directory of the YAML file) or {@code corpus} (a path relative to the corpora root). After
 * loading, {@link #file()} is absolute and {@link #corpus()} is null.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "format",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ParallelData.class, name = "parallel"),
  @JsonSubTypes.Type(value = DelimitedData.class, names = {"tsv", "csv"}),
  @JsonSubTypes.Type(value = ConllData.class, name = "conll"),
  @JsonSubTypes.Type(value = PlainData.class, name = "plain")
})
public sealed interface DataSpec permits ParallelData, DelimitedData, ConllData, PlainData {
  /** The format; one record type per format except tsv and csv, which share {@link DelimitedData}. */
  DataFormat format();

  /** The file (for parallel data: the prefix), or null when {@link #corpus()} is given. */
  Path file();

  /** The path under the corpora root, or null when {@link #file()} is given or after resolution. */
  String corpus();

  /** A copy that reads {@code resolved} (absolute) and has no corpus. */
  DataSpec withFile(Path resolved);

  /**
   * The files this spec reads, one group of alternatives per file: for parallel data one group per
   * language ({@code <prefix>.<lang>} or {@code <prefix>.<lang>.gz}), otherwise the one file.
   *
   * @param languages the languages of the task (used by parallel data only)
   */
  default List<List<Path>> candidates(List<String> languages) {
    return List.of(List.of(file()));
  }

  /** Checks the file/corpus pair shared by all formats; returns the file as a path. */
  static Path source(String file, String corpus) {
    if (file != null && corpus != null) {
      throw InvalidValueException.invalid(
          "corpus", corpus, "either 'file' or 'corpus', not both (file is '" + file + "')");
    }
    if (file == null && corpus == null) {
      throw InvalidValueException.missing(
          "file",
          "'file' (relative to the config's directory) or 'corpus' (relative to the corpora root)");
    }
    if (corpus != null && (corpus.isBlank() || Path.of(corpus).isAbsolute())) {
      throw InvalidValueException.invalid("corpus", corpus, "a relative path under the corpora root");
    }
    if (file == null) {
      return null;
    }
    if (file.isBlank()) {
      throw InvalidValueException.invalid("file", file, "a non-empty path");
    }
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw InvalidValueException.invalid("file", file, "a valid path (" + e.getReason() + ")");
    }
  }

  /** Rejects a format that this section cannot read. */
  static void requireFormat(String key, DataSpec spec, List<DataFormat> allowed) {
    if (spec != null && !allowed.contains(spec.format())) {
      throw InvalidValueException.invalid(
          KeyPaths.join(key, "format"), spec.format(), "one of: " + Check.joined(allowed) + " (in this section)");
    }
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence-aligned files, one per language: {@code <file>.<lang>} or {@code <file>.<lang>.gz} (the
 * plain file is preferred when both exist). Keys: {@code format: parallel}, {@code file} or
 * {@code corpus} (the prefix).
 */
public record ParallelData(DataFormat format, Path file, String corpus) implements DataSpec {
  /** Validates: format is parallel, exactly one of file / corpus. */
  public ParallelData {
    if (format != DataFormat.PARALLEL) {
      throw new IllegalArgumentException("ParallelData with format " + format);
    }
    DataSpec.source(file == null ? null : file.toString(), corpus);
  }

  @JsonCreator
  static ParallelData fromYaml(
      @JsonProperty("format") DataFormat format,
      @JsonProperty("file") String file,
      @JsonProperty("corpus") String corpus) {
    return new ParallelData(DataFormat.PARALLEL, DataSpec.source(file, corpus), corpus);
  }

  @Override
  public ParallelData withFile(Path resolved) {
    return new ParallelData(format, resolved, null);
  }

  @Override
  public List<List<Path>> candidates(List<String> languages) {
    if (file == null) {
      throw new IllegalStateException("candidates of an unresolved corpus " + corpus);
    }
    List<List<Path>> groups = new ArrayList<>();
    for (String lang : languages) {
      Path plain = file.resolveSibling(file.getFileName() + "." + lang);
      Path gz = file.resolveSibling(file.getFileName() + "." + lang + ".gz");
      groups.add(List.of(plain, gz));
    }
    return groups;
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * Running text, one sentence (or line) per line, for language models. Keys: {@code format: plain},
 * {@code file} or {@code corpus}.
 */
public record PlainData(DataFormat format, Path file, String corpus) implements DataSpec {
  /** Validates: format is plain, exactly one of file / corpus. */
  public PlainData {
    if (format != DataFormat.PLAIN) {
      throw new IllegalArgumentException("PlainData with format " + format);
    }
    DataSpec.source(file == null ? null : file.toString(), corpus);
  }

  @JsonCreator
  static PlainData fromYaml(
      @JsonProperty("format") DataFormat format,
      @JsonProperty("file") String file,
      @JsonProperty("corpus") String corpus) {
    return new PlainData(DataFormat.PLAIN, DataSpec.source(file, corpus), corpus);
  }

  @Override
  public PlainData withFile(Path resolved) {
    return new PlainData(format, resolved, null);
  }
}

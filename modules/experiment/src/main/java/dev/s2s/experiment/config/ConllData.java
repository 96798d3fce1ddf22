package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;

/**
 * A CoNLL file: one token per line with whitespace-separated columns, the word first and the tag
 * last, blank lines between sentences, {@code -DOCSTART-} lines ignored. Keys: {@code format:
 * conll}, {@code file} or {@code corpus}, {@code scheme} (default {@code iob2}), {@code columns}
 * (2 = word tag, or 4 = word POS chunk tag as in CoNLL-2003; default 4).
 */
public record ConllData(DataFormat format, Path file, String corpus, TagScheme scheme, int columns)
    implements DataSpec {
  /** Default {@code scheme}. */
  public static final TagScheme DEFAULT_SCHEME = TagScheme.IOB2;
  /** Default {@code columns}. */
  public static final int DEFAULT_COLUMNS = 4;

  /** Validates: format is conll, exactly one of file / corpus, columns 2 or 4. */
  public ConllData {
    if (format != DataFormat.CONLL) {
      throw new IllegalArgumentException("ConllData with format " + format);
    }
    DataSpec.source(file == null ? null : file.toString(), corpus);
    Check.required("scheme", scheme, ConfigEnum.choices(TagScheme.class));
    Check.oneOf("columns", columns, List.of(2, 4));
  }

  @JsonCreator
  static ConllData fromYaml(
      @JsonProperty("format") DataFormat format,
      @JsonProperty("file") String file,
      @JsonProperty("corpus") String corpus,
      @JsonProperty("scheme") TagScheme scheme,
      @JsonProperty("columns") Integer columns) {
    return new ConllData(
        DataFormat.CONLL,
        DataSpec.source(file, corpus),
        corpus,
        Check.or(scheme, DEFAULT_SCHEME),
        Check.or(columns, DEFAULT_COLUMNS));
  }

  @Override
  public ConllData withFile(Path resolved) {
    return new ConllData(format, resolved, null, scheme, columns);
  }
}

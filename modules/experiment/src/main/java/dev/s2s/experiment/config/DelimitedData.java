package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tab- ({@code tsv}) or comma-separated ({@code csv}) file with one column per language. Keys:
 * {@code format: tsv|csv}, {@code file} or {@code corpus}, {@code columns} (language -> 0-based
 * index or header name; default: the translation source in column 0 and the targets in columns
 * 1, 2, ... in the order of {@code targets}), {@code header} (whether the first line is a header,
 * default false; required true when columns are given by header name), {@code rows} (optional, a
 * {@link RowSelection}: read only some rows, to cut held-out splits from one file). Extra columns
 * are ignored.
 */
public record DelimitedData(
    DataFormat format, Path file, String corpus, Map<String, ColumnRef> columns, boolean header,
    RowSelection rows) implements DataSpec {

  /** Validates: format tsv or csv, exactly one of file / corpus, header names only with a header. */
  public DelimitedData {
    if (format != DataFormat.TSV && format != DataFormat.CSV) {
      throw new IllegalArgumentException("DelimitedData with format " + format);
    }
    DataSpec.source(file == null ? null : file.toString(), corpus);
    columns = Collections.unmodifiableMap(new TreeMap<>(columns == null ? Map.of() : columns));
    for (Map.Entry<String, ColumnRef> e : columns.entrySet()) {
      String key = "columns." + e.getKey();
      Check.identifier(key, e.getKey(), "a language code");
      if (e.getValue() == null) {
        throw InvalidValueException.missing(key, "a 0-based column index or a header name");
      }
      if (e.getValue().byHeader() && !header) {
        throw InvalidValueException.invalid(
            key, e.getValue().header(), "a 0-based column index, or set 'header: true' to use header names");
      }
    }
  }

  @JsonCreator
  static DelimitedData fromYaml(
      @JsonProperty("format") DataFormat format,
      @JsonProperty("file") String file,
      @JsonProperty("corpus") String corpus,
      @JsonProperty("columns") Map<String, ColumnRef> columns,
      @JsonProperty("header") Boolean header,
      @JsonProperty("rows") RowSelection rows) {
    return new DelimitedData(
        format, DataSpec.source(file, corpus), corpus, columns, Check.or(header, false), rows);
  }

  @Override
  public DelimitedData withFile(Path resolved) {
    return new DelimitedData(format, resolved, null, columns, header, rows);
  }

  /** A copy with {@code columns} replaced. */
  public DelimitedData withColumns(Map<String, ColumnRef> newColumns) {
    return new DelimitedData(format, file, corpus, newColumns, header, rows);
  }

  /** The field separator: tab or comma. */
  public char delimiter() {
    return format == DataFormat.TSV ? '\t' : ',';
  }
}

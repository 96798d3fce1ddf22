package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A column of a tsv/csv file: a 0-based index ({@code 0}) or a header name ({@code english},
 * which needs {@code header: true}). Exactly one of the two is set; {@code index} is -1 for a
 * header name.
 */
public record ColumnRef(int index, String header) {
  /** Validates: an index >= 0 xor a non-blank header name. */
  public ColumnRef {
    if (header == null && index < 0) {
      throw InvalidValueException.invalid("", index, "a 0-based column index (>= 0) or a header name");
    }
    if (header != null && (index != -1 || header.isBlank())) {
      throw InvalidValueException.invalid("", header, "a non-blank header name");
    }
  }

  /** The column at 0-based {@code index}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ColumnRef ofIndex(int index) {
    return new ColumnRef(index, null);
  }

  /** The column whose header is {@code header}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ColumnRef ofHeader(String header) {
    return new ColumnRef(-1, header);
  }

  /** True when this names a header rather than an index. */
  public boolean byHeader() {
    return header != null;
  }

  /** The YAML form: the index as a number or the header name as a string. */
  @JsonValue
  Object yamlValue() {
    return header != null ? header : Integer.valueOf(index);
  }

  @Override
  public String toString() {
    return String.valueOf(yamlValue());
  }
}

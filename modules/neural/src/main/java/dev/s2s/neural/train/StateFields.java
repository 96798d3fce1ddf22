package dev.s2s.neural.train;

import dev.s2s.common.UserException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed reads of a checkpoint's trainer state (the key/value strings of a {@link CheckpointFile}).
 * A missing key or a value that does not parse is a user error naming the file, the key and the
 * value: a checkpoint is a file the user hands over.
 */
public final class StateFields {
  private final Map<String, String> values;
  private final String source;

  /** @param source the checkpoint file, for messages */
  public StateFields(Map<String, String> values, String source) {
    this.values = values;
    this.source = source;
  }

  /** The checkpoint file, as given. */
  public String source() {
    return source;
  }

  public long longValue(String key) {
    String v = required(key);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw invalid(key, v, "an integer", e);
    }
  }

  public int intValue(String key) {
    String v = required(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw invalid(key, v, "an integer", e);
    }
  }

  public double doubleValue(String key) {
    String v = required(key);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw invalid(key, v, "a number", e);
    }
  }

  /** The entries whose keys start with {@code prefix}, keyed by the rest of the key, in file order. */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k.substring(prefix.length()), v);
      }
    });
    return out;
  }

  /** Parses {@code value} of {@code key} as a long (for entries read through {@link #withPrefix}). */
  public long parseLong(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw invalid(key, value, "an integer", e);
    }
  }

  private String required(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new UserException(source + ": checkpoint lacks trainer state key '" + key + "'");
    }
    return v;
  }

  private UserException invalid(String key, String value, String expected, NumberFormatException e) {
    return new UserException(source + ": trainer state key '" + key + "' is '" + value + "', expected " + expected, e);
  }
}

package dev.s2s.neural.train;

import dev.s2s.common.UserException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

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
    return parseLong(key, required(key));
  }

  public int intValue(String key) {
    return parsed(key, required(key), Integer::parseInt, "an integer");
  }

  public double doubleValue(String key) {
    return parsed(key, required(key), Double::parseDouble, "a number");
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
    return parsed(key, value, Long::parseLong, "an integer");
  }

  private <T> T parsed(String key, String value, Function<String, T> parse, String expected) {
    try {
      return parse.apply(value);
    } catch (NumberFormatException e) {
      throw new UserException(source + ": trainer state key '" + key + "' is '" + value + "', expected " + expected, e);
    }
  }

  private String required(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new UserException(source + ": checkpoint lacks trainer state key '" + key + "'");
    }
    return v;
  }
}

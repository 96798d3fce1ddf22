package dev.s2s.experiment.config;

import dev.s2s.common.UserException;

/**
 * A config value that a record's validation rejected. {@link #key()} is the key path relative to the
 * record that threw (e.g. {@code hidden} in {@link ModelConfig}); the loader prefixes the path of
 * the record in the file and adds the file, line and column. Thrown directly (outside the loader)
 * the message still names the key, the value and what was expected.
 */
public final class InvalidValueException extends UserException {
  private final String key;
  private final String problem;
  private final String value;
  private final String expected;

  /**
   * @param key key path relative to the validating record
   * @param problem what is wrong, e.g. "invalid value" or "missing required key"
   * @param value the offending value as written, or null when the key is missing
   * @param expected what would be accepted, e.g. "an integer > 0" or "one of: a, b"
   */
  public InvalidValueException(String key, String problem, Object value, String expected) {
    super(format(key, problem, value, expected));
    this.key = key;
    this.problem = problem;
    this.value = value == null ? null : String.valueOf(value);
    this.expected = expected;
  }

  /** An invalid (present) value. */
  public static InvalidValueException invalid(String key, Object value, String expected) {
    return new InvalidValueException(key, "invalid value", value, expected);
  }

  /** A required key that is absent. */
  public static InvalidValueException missing(String key, String expected) {
    return new InvalidValueException(key, "missing required key", null, expected);
  }

  /** The same problem one level down: {@code key} becomes {@code parent.key}. */
  public InvalidValueException under(String parent) {
    return new InvalidValueException(KeyPaths.join(parent, key), problem, value, expected);
  }

  public String key() {
    return key;
  }

  public String problem() {
    return problem;
  }

  /** The offending value as written, or null when the key is missing. */
  public String value() {
    return value;
  }

  public String expected() {
    return expected;
  }

  /** "key: problem 'value'; expected ...", the message without file and line. */
  static String format(String key, String problem, Object value, String expected) {
    StringBuilder sb = new StringBuilder();
    sb.append(key.isEmpty() ? "(top level)" : key).append(": ").append(problem);
    if (value != null) {
      sb.append(" '").append(value).append('\'');
    }
    if (expected != null && !expected.isEmpty()) {
      sb.append("; expected ").append(expected);
    }
    return sb.toString();
  }
}

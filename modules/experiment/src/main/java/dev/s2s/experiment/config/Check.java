package dev.s2s.experiment.config;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Validation helpers used by the config records' compact constructors. Each throws an
 * {@link InvalidValueException} naming the key (relative to the record), the value and what was
 * expected, and otherwise returns its argument.
 */
final class Check {
  /** Language codes and other identifiers used as keys: letters, digits, '_' and '-'. */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private Check() {}

  static <T> T required(String key, T value, String expected) {
    if (value == null) {
      throw InvalidValueException.missing(key, expected);
    }
    return value;
  }

  static int positive(String key, int value) {
    if (value <= 0) {
      throw InvalidValueException.invalid(key, value, "an integer > 0");
    }
    return value;
  }

  static long positive(String key, long value) {
    if (value <= 0) {
      throw InvalidValueException.invalid(key, value, "an integer > 0");
    }
    return value;
  }

  static double positive(String key, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw InvalidValueException.invalid(key, value, "a finite number > 0");
    }
    return value;
  }

  static int nonNegative(String key, int value, String meaningOfZero) {
    if (value < 0) {
      throw InvalidValueException.invalid(key, value, "an integer >= 0 (" + meaningOfZero + ")");
    }
    return value;
  }

  static long nonNegative(String key, long value, String meaningOfZero) {
    if (value < 0) {
      throw InvalidValueException.invalid(key, value, "an integer >= 0 (" + meaningOfZero + ")");
    }
    return value;
  }

  static double nonNegative(String key, double value, String meaningOfZero) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw InvalidValueException.invalid(key, value, "a finite number >= 0 (" + meaningOfZero + ")");
    }
    return value;
  }

  /** {@code lo <= value < hi} when {@code hiExclusive}, else {@code lo < value <= hi}. */
  static double fraction(String key, double value, double lo, double hi, boolean hiExclusive) {
    boolean ok = hiExclusive ? value >= lo && value < hi : value > lo && value <= hi;
    if (!ok) {
      String range = hiExclusive ? lo + " <= x < " + hi : lo + " < x <= " + hi;
      throw InvalidValueException.invalid(key, value, "a number with " + range);
    }
    return value;
  }

  static int oneOf(String key, int value, Collection<Integer> choices) {
    if (!choices.contains(value)) {
      throw InvalidValueException.invalid(key, value, "one of: " + joined(choices));
    }
    return value;
  }

  static String identifier(String key, String value, String what) {
    if (!IDENTIFIER.matcher(value).matches()) {
      throw InvalidValueException.invalid(key, value, what + " (letters, digits, '_' or '-', starting with a letter)");
    }
    return value;
  }

  static String joined(Collection<?> values) {
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(v);
    }
    return sb.toString();
  }

  static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}

package dev.s2s.tasks.suite;

import dev.s2s.experiment.config.InvalidValueException;
import java.util.regex.Pattern;

/** Checks of the names a suite gives (suite, test sets, models, languages): they name files. */
final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private Names() {}

  /** A value that is used in file names: letters, digits, '.', '_' or '-'. */
  static String fileName(String key, String value, String what) {
    if (value == null) {
      throw InvalidValueException.missing(key, what);
    }
    if (!NAME.matcher(value).matches()) {
      throw InvalidValueException.invalid(
          key, value, what + " (letters, digits, '.', '_' or '-', starting with a letter or digit)");
    }
    return value;
  }

  /** A language code such as {@code en}. */
  static String language(String key, String value) {
    if (value == null) {
      throw InvalidValueException.missing(key, "a language code such as 'en'");
    }
    if (!LANGUAGE.matcher(value).matches()) {
      throw InvalidValueException.invalid(key, value, "a language code such as 'en'");
    }
    return value;
  }
}

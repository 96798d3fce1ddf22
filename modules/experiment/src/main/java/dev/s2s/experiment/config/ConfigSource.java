package dev.s2s.experiment.config;

import com.fasterxml.jackson.core.JsonLocation;
import dev.s2s.common.UserException;

/**
 * A config file being loaded: formats user errors as {@code file:line:column: key.path: problem
 * 'value'; expected ...}, taking the line from the {@link LocationIndex} (the key's own line, or its
 * nearest present parent's when the key is missing).
 */
final class ConfigSource {
  private final String file;
  private final LocationIndex index;

  ConfigSource(String file, LocationIndex index) {
    this.file = file;
    this.index = index;
  }

  String file() {
    return file;
  }

  LocationIndex index() {
    return index;
  }

  /** A user error at {@code keyPath}. */
  UserException problem(String keyPath, String problem, String value, String expected) {
    return problemAt(keyPath, InvalidValueException.format(keyPath, problem, value, expected));
  }

  /** A user error at {@code keyPath} with a ready message (which starts with the key path). */
  UserException problemAt(String keyPath, String message) {
    JsonLocation loc = index == null ? null : index.locate(keyPath);
    return new UserException(where(loc) + message);
  }

  /** A user error at a parser location (syntax errors). */
  UserException at(JsonLocation loc, String message, Throwable cause) {
    return new UserException(where(loc) + message, cause);
  }

  private String where(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return file + ": ";
    }
    return file + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
  }
}

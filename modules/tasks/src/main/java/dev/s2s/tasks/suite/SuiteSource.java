package dev.s2s.tasks.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ConfigEnum;
import dev.s2s.experiment.config.InvalidValueException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A suite file being loaded: turns problems (Jackson's exceptions, the records' {@link
 * InvalidValueException}s) into {@link UserException}s of the form {@code file:line:column:
 * key.path: problem 'value'; expected ...}. The experiment configs' equivalent is
 * package-private in {@code dev.s2s.experiment.config}.
 */
final class SuiteSource {
  private final String file;
  private final YamlLocations index;

  SuiteSource(String file, YamlLocations index) {
    this.file = file;
    this.index = index;
  }

  /** A user error at {@code keyPath}. */
  UserException problem(String keyPath, String problem, String value, String expected) {
    StringBuilder sb = new StringBuilder();
    sb.append(keyPath.isEmpty() ? "(top level)" : keyPath).append(": ").append(problem);
    if (value != null) {
      sb.append(" '").append(value).append('\'');
    }
    if (expected != null && !expected.isEmpty()) {
      sb.append("; expected ").append(expected);
    }
    return problemAt(keyPath, sb.toString());
  }

  /** A validation error of a record, whose key is relative to {@code parentPath}. */
  UserException invalid(String parentPath, InvalidValueException e) {
    return problem(YamlLocations.join(parentPath, e.key()), e.problem(), e.value(), e.expected());
  }

  /** Translates a Jackson exception raised while binding. */
  UserException translate(JsonProcessingException e) {
    String path = e instanceof JsonMappingException m ? pathOf(m.getPath()) : "";
    InvalidValueException invalid = findCause(e, InvalidValueException.class);
    if (invalid != null) {
      return invalid(path, invalid);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return unknownKey(u, path);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return problem(path, "invalid value", String.valueOf(f.getValue()), ConfigEnum.choices(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      if (path.isEmpty() && index != null && index.isEmpty()) {
        return problem("", "empty file", null, "a mapping with suite, task, metrics, testsets and models");
      }
      return problem(path, "wrong type, got", index == null ? null : index.valueAt(path), describe(m.getTargetType()));
    }
    if (e instanceof JsonMappingException m) {
      return problemAt(path, (path.isEmpty() ? "(top level)" : path) + ": " + m.getOriginalMessage());
    }
    String msg = e.getOriginalMessage();
    if (msg != null && msg.startsWith("Duplicate field")) {
      return new UserException(where(e.getLocation()) + "duplicate key: " + msg, e);
    }
    return new UserException(where(e.getLocation()) + "YAML syntax error: " + msg, e);
  }

  private UserException unknownKey(UnrecognizedPropertyException u, String path) {
    Collection<String> known = new TreeSet<>();
    for (Object id : u.getKnownPropertyIds()) {
      known.add(String.valueOf(id));
    }
    return unknownKey(path, u.getPropertyName(), known);
  }

  /** "path: unknown key 'k' (value 'v'); valid keys in 'parent': a, b". */
  UserException unknownKey(String path, String key, Collection<String> known) {
    String parent = YamlLocations.parent(path);
    String value = index == null ? null : index.valueAt(path);
    StringBuilder msg = new StringBuilder();
    msg.append(path).append(": unknown key '").append(key).append('\'');
    if (value != null) {
      msg.append(" (value '").append(value).append("')");
    }
    msg.append("; valid keys ").append(parent.isEmpty() ? "at the top level" : "in '" + parent + "'");
    msg.append(": ").append(String.join(", ", known));
    return problemAt(path, msg.toString());
  }

  /** A user error at {@code keyPath} with a ready message. */
  UserException problemAt(String keyPath, String message) {
    return new UserException(where(index == null ? null : index.locate(keyPath)) + message);
  }

  private String where(JsonLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return file + ": ";
    }
    return file + ":" + loc.getLineNr() + ":" + loc.getColumnNr() + ": ";
  }

  private static String pathOf(List<JsonMappingException.Reference> refs) {
    String path = "";
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        path = YamlLocations.join(path, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path = path + "[" + r.getIndex() + "]";
      }
    }
    return path;
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different type";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return ConfigEnum.choices(type);
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isRecord()) {
      return "a mapping (key: value)";
    }
    return "a value of type " + type.getSimpleName();
  }
}

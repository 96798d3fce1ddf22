package dev.s2s.experiment.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.s2s.common.UserException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns Jackson's exceptions (and the records' {@link InvalidValueException}s that Jackson wraps)
 * into user errors naming file, line, key path, value and what was expected.
 */
final class ConfigErrors {
  private ConfigErrors() {}

  static UserException translate(JsonProcessingException e, ConfigSource src) {
    InvalidValueException invalid = findInvalid(e);
    String path = e instanceof JsonMappingException m ? pathOf(m.getPath()) : parserPath(e);
    if (invalid != null) {
      return src.problem(
          KeyPaths.join(path, invalid.key()), invalid.problem(), invalid.value(), invalid.expected());
    }
    InputCoercionException range = findCause(e, InputCoercionException.class);
    if (range != null) {
      return src.problem(path, "out of range", src.index().valueAt(path),
          describe(range.getTargetType()) + " that fits in " + range.getTargetType().getSimpleName());
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return unknownKey(u, path, src);
    }
    if (e instanceof InvalidTypeIdException t) {
      String key = KeyPaths.join(path, "format");
      String choices = ConfigEnum.choices(DataFormat.class);
      return t.getTypeId() == null
          ? src.problem(key, "missing required key", null, choices)
          : src.problem(key, "invalid value", t.getTypeId(), choices);
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
      return src.problem(path, "invalid value", String.valueOf(f.getValue()), ConfigEnum.choices(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m) {
      if (path.isEmpty() && src.index().isEmpty()) {
        return src.problem("", "empty file", null, "a mapping with at least 'name' and a task section");
      }
      return src.problem(path, "wrong type, got", src.index().valueAt(path), describe(m.getTargetType()));
    }
    if (e instanceof JsonMappingException m) {
      return src.problemAt(path, (path.isEmpty() ? "(top level)" : path) + ": " + m.getOriginalMessage());
    }
    String msg = e.getOriginalMessage();
    if (msg != null && msg.startsWith("Duplicate field")) {
      return src.at(e.getLocation(),
          InvalidValueException.format(path, "duplicate key", KeyPaths.last(path), "each key at most once per section"), e);
    }
    return src.at(e.getLocation(), "YAML syntax error: " + msg, e);
  }

  private static UserException unknownKey(UnrecognizedPropertyException u, String path, ConfigSource src) {
    Collection<String> known = new TreeSet<>();
    for (Object id : u.getKnownPropertyIds()) {
      known.add(String.valueOf(id));
    }
    String parent = KeyPaths.parent(path);
    String value = src.index().valueAt(path);
    String suggestion = KeySuggestions.closest(u.getPropertyName(), known);
    StringBuilder msg = new StringBuilder();
    msg.append(path).append(": unknown key '").append(u.getPropertyName()).append('\'');
    if (value != null) {
      msg.append(" (value '").append(value).append("')");
    }
    msg.append("; valid keys ").append(parent.isEmpty() ? "at the top level" : "in '" + parent + "'");
    String format = src.index().valueAt(KeyPaths.join(parent, "format"));
    if (format != null && u.getReferringClass() != null && DataSpec.class.isAssignableFrom(u.getReferringClass())) {
      msg.append(" for format '").append(format).append('\'');
    }
    msg.append(": ").append(String.join(", ", known));
    if (suggestion != null) {
      msg.append("; did you mean '").append(suggestion).append("'?");
    }
    return src.problemAt(path, msg.toString());
  }

  private static InvalidValueException findInvalid(Throwable e) {
    return findCause(e, InvalidValueException.class);
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** Dotted key path of a Jackson reference chain. */
  static String pathOf(List<JsonMappingException.Reference> refs) {
    String path = "";
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        path = KeyPaths.join(path, r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path = KeyPaths.item(path, r.getIndex());
      }
    }
    return path;
  }

  private static String parserPath(JsonProcessingException e) {
    if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
      JsonToken t = p.currentToken();
      return LocationIndex.pathOf(p.getParsingContext(), t == null ? JsonToken.VALUE_NULL : t);
    }
    return "";
  }

  /** What a value of {@code type} looks like in YAML. */
  static String describe(Class<?> type) {
    if (type == null) {
      return "a different type";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return ConfigEnum.choices(type);
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping (key: value)";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == ColumnRef.class) {
      return "a 0-based column index or a header name";
    }
    if (DataSpec.class.isAssignableFrom(type)) {
      return "a data spec mapping such as {format: parallel, file: ...}";
    }
    if (type.isRecord()) {
      return "a mapping (a section)";
    }
    return "a value of type " + type.getSimpleName();
  }
}

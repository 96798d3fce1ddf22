package dev.s2s.tasks.suite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rejects unknown keys before binding. Jackson reports an unknown key of a record only after
 * calling its creator, so a misspelt required key would otherwise be reported as missing; here
 * every key of the document is checked against the keys of the record at its place (the
 * {@link JsonProperty} names of the record's {@link JsonCreator} factory).
 */
final class KnownKeys {
  private static final Pattern TEST_SET = Pattern.compile("testsets\\[\\d+]");
  private static final Pattern MODEL = Pattern.compile("models\\[\\d+]");

  private KnownKeys() {}

  /** Throws a user error for the first key in {@code index} that its mapping does not have. */
  static void check(YamlLocations index, SuiteSource src) {
    for (String path : index.keyPaths()) {
      String parent = YamlLocations.parent(path);
      Class<?> type = parent.isEmpty() ? SuiteDefinition.class
          : TEST_SET.matcher(parent).matches() ? TestSetSpec.class
          : MODEL.matcher(parent).matches() ? ModelSpec.class
          : null;
      if (type == null) {
        continue; // not a mapping of the suite schema: binding reports the wrong type
      }
      Set<String> known = of(type);
      String key = path.substring(parent.isEmpty() ? 0 : parent.length() + 1);
      if (!known.contains(key)) {
        throw src.unknownKey(path, key, known);
      }
    }
  }

  /** The YAML keys of a record bound through a {@link JsonCreator} factory, sorted. */
  static Set<String> of(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.isAnnotationPresent(JsonCreator.class)) {
        Set<String> keys = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
          JsonProperty jp = p.getAnnotation(JsonProperty.class);
          if (jp == null) {
            throw new IllegalStateException(m + ": parameter " + p + " has no @JsonProperty");
          }
          keys.add(jp.value());
        }
        return keys;
      }
    }
    throw new IllegalStateException(type + " has no @JsonCreator factory");
  }
}

package dev.s2s.experiment.config;

import java.util.Arrays;
import java.util.List;

/**
 * An enum whose constants are written in YAML as a lowercase key ({@code gru}, {@code modified-kn}).
 * Each implementation annotates {@link #key()} with {@code @JsonValue}, which Jackson uses both to
 * read and to write the constant.
 */
public interface ConfigEnum {
  /** The spelling of this constant in a config file. */
  String key();

  /** The keys of all constants of {@code type}, in declaration order (for "expected one of" lists). */
  static List<String> keys(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException(type + " is not an enum");
    }
    return Arrays.stream(constants)
        .map(c -> c instanceof ConfigEnum e ? e.key() : ((Enum<?>) c).name())
        .toList();
  }

  /** "one of: a, b, c" for the constants of {@code type}. */
  static String choices(Class<?> type) {
    return "one of: " + String.join(", ", keys(type));
  }
}

package dev.s2s.text.token;

import dev.s2s.common.UserException;
import java.util.List;
import java.util.Locale;

/**
 * Creates tokenizers by name:
 *
 * <ul>
 *   <li>{@code whitespace}: {@link WhitespaceTokenizer}
 *   <li>{@code corenlp-en} (alias {@code en}): {@link CoreNlpEnglishTokenizer}
 *   <li>{@code corenlp-fr} (alias {@code fr}): {@link CoreNlpFrenchTokenizer}
 *   <li>{@code de}: {@link GermanTokenizer}
 * </ul>
 *
 * With {@code lowercase} the tokenizer is wrapped in a {@link LowercasingTokenizer}.
 */
public final class Tokenizers {
  /** Canonical names accepted by {@link #create}. */
  public static final List<String> NAMES = List.of("whitespace", "corenlp-en", "corenlp-fr", "de");

  private Tokenizers() {}

  /**
   * The tokenizer called {@code name}.
   *
   * @param key config key or option that gave the name, for the error message (may be null)
   * @throws UserException for an unknown name, listing the known ones
   */
  public static Tokenizer create(String name, boolean lowercase, String key) {
    Tokenizer t = switch (canonicalName(name, key)) {
      case "whitespace" -> new WhitespaceTokenizer();
      case "corenlp-en" -> new CoreNlpEnglishTokenizer();
      case "corenlp-fr" -> new CoreNlpFrenchTokenizer();
      case "de" -> new GermanTokenizer();
      default -> throw new IllegalStateException("unhandled tokenizer " + name);
    };
    return lowercase ? new LowercasingTokenizer(t) : t;
  }

  /** The canonical name for {@code name} or an alias; UserException if unknown. */
  public static String canonicalName(String name, String key) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "en":
        return "corenlp-en";
      case "fr":
        return "corenlp-fr";
      default:
        if (NAMES.contains(n)) {
          return n;
        }
        throw new UserException(
            (key == null ? "" : key + ": ") + "unknown tokenizer '" + name + "', expected one of "
                + String.join(", ", NAMES));
    }
  }
}

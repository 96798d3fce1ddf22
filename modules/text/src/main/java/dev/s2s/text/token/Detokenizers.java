package dev.s2s.text.token;

import dev.s2s.common.UserException;
import java.util.List;
import java.util.Locale;

/**
 * Creates detokenizers by language: {@code en}, {@code de}, {@code fr} ({@link RuleDetokenizer}
 * with {@link DetokenizerRules}) or {@code whitespace}. Tokenizer names ({@code corenlp-en},
 * {@code corenlp-fr}) are accepted too, giving the matching language.
 */
public final class Detokenizers {
  /** Names accepted by {@link #create}. */
  public static final List<String> NAMES = List.of("whitespace", "en", "de", "fr");

  private Detokenizers() {}

  /**
   * The detokenizer for {@code name}.
   *
   * @param key config key or option that gave the name (may be null)
   * @throws UserException for an unknown name
   */
  public static Detokenizer create(String name, String key) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "whitespace" -> new WhitespaceDetokenizer();
      case "en", "corenlp-en" -> new RuleDetokenizer(DetokenizerRules.english());
      case "de" -> new RuleDetokenizer(DetokenizerRules.german());
      case "fr", "corenlp-fr" -> new RuleDetokenizer(DetokenizerRules.french());
      default -> throw new UserException(
          (key == null ? "" : key + ": ") + "unknown detokenizer '" + name + "', expected one of "
              + String.join(", ", NAMES));
    };
  }
}

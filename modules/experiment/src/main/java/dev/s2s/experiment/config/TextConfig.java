package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Section {@code text}: text preprocessing.
 *
 * <ul>
 *   <li>{@code lowercase} (default false): lowercase all text before building vocabularies.
 *   <li>{@code tokenizers} (default: {@code whitespace} for every language): tokenizer per language
 *       code, one of {@code whitespace}, {@code corenlp-en}, {@code corenlp-fr}, {@code de}. After
 *       loading, every language of the translation section has an entry.
 * </ul>
 */
public record TextConfig(boolean lowercase, Map<String, TokenizerKind> tokenizers) {
  /** Tokenizer of languages that {@code tokenizers} does not list. */
  public static final TokenizerKind DEFAULT_TOKENIZER = TokenizerKind.WHITESPACE;

  /** The defaults (no lowercasing, whitespace tokenization). */
  public static final TextConfig DEFAULTS = new TextConfig(false, Map.of());

  /** Validates language codes and copies the map (sorted by language). */
  public TextConfig {
    tokenizers = Collections.unmodifiableMap(new TreeMap<>(tokenizers == null ? Map.of() : tokenizers));
    for (Map.Entry<String, TokenizerKind> e : tokenizers.entrySet()) {
      Check.identifier("tokenizers." + e.getKey(), e.getKey(), "a language code");
      Check.required("tokenizers." + e.getKey(), e.getValue(), ConfigEnum.choices(TokenizerKind.class));
    }
  }

  @JsonCreator
  static TextConfig fromYaml(
      @JsonProperty("lowercase") Boolean lowercase,
      @JsonProperty("tokenizers") Map<String, TokenizerKind> tokenizers) {
    return new TextConfig(Check.or(lowercase, false), tokenizers);
  }

  /** The tokenizer of {@code language}. */
  public TokenizerKind tokenizer(String language) {
    return tokenizers.getOrDefault(language, DEFAULT_TOKENIZER);
  }

  /** A copy that lists every language of {@code languages}, adding the default where missing. */
  public TextConfig withLanguages(Collection<String> languages) {
    Map<String, TokenizerKind> all = new TreeMap<>(tokenizers);
    for (String lang : languages) {
      all.putIfAbsent(lang, DEFAULT_TOKENIZER);
    }
    return new TextConfig(lowercase, all);
  }
}

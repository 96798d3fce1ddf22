package dev.s2s.eval.bleu;

/**
 * A BLEU tokenizer: maps one (already lower-cased if requested) segment to a string whose
 * whitespace-separated words are the tokens n-grams are counted on.
 */
public interface BleuTokenizer {
  /** The tokenized segment. */
  String tokenize(String line);

  /** The name used in the signature, e.g. {@code 13a}. */
  String signature();

  /**
   * The tokenizer named {@code name} ({@code 13a}, {@code intl} or {@code none}).
   *
   * @throws IllegalArgumentException for other names
   */
  static BleuTokenizer named(String name) {
    switch (name) {
      case "13a":
        return new Tokenizer13a();
      case "intl":
        return new TokenizerIntl();
      case "none":
        return new NoTokenizer();
      default:
        throw new IllegalArgumentException(
            "unknown BLEU tokenizer '" + name + "': expected 13a, intl or none");
    }
  }
}

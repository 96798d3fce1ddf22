package dev.s2s.tasks;

import dev.s2s.experiment.config.TextConfig;
import dev.s2s.experiment.config.TokenizerKind;
import dev.s2s.text.token.Detokenizer;
import dev.s2s.text.token.Detokenizers;
import dev.s2s.text.token.Tokenizer;
import dev.s2s.text.subword.BpeCodes;
import dev.s2s.text.token.Tokenizers;
import java.util.List;

/**
 * How the text of one language is turned into tokens and back, as the experiment's {@code text}
 * section says: the same tokenizer at training, evaluation and use time, and the matching
 * detokenizer for printing output; with BPE codes ({@link #withSubwords}), tokens are further split
 * into subwords and output subwords are joined back into words before detokenization.
 */
public final class LanguageText {
  private final String language;
  private final Tokenizer tokenizer;
  private final Detokenizer detokenizer;

  private LanguageText(String language, Tokenizer tokenizer, Detokenizer detokenizer) {
    this.language = language;
    this.tokenizer = tokenizer;
    this.detokenizer = detokenizer;
  }

  /** The processing of {@code language} under {@code text}. */
  public static LanguageText of(TextConfig text, String language) {
    TokenizerKind kind = text.tokenizer(language);
    String key = "text.tokenizers." + language;
    Tokenizer tok = Tokenizers.create(kind.key(), text.lowercase(), key);
    Detokenizer detok = Detokenizers.create(kind == TokenizerKind.WHITESPACE ? "whitespace" : language(kind, language), key);
    return new LanguageText(language, tok, detok);
  }

  /**
   * This processing followed by BPE segmentation with {@code codes}: tokens become subwords
   * ("new@@ est"); detokenization first joins them back into words.
   */
  public LanguageText withSubwords(BpeCodes codes) {
    Tokenizer words = tokenizer;
    Detokenizer detok = detokenizer;
    return new LanguageText(language, text -> codes.segment(words.tokenize(text)),
        subwords -> detok.detokenize(BpeCodes.join(subwords)));
  }

  private static String language(TokenizerKind kind, String language) {
    return switch (kind) {
      case CORENLP_EN -> "en";
      case CORENLP_FR -> "fr";
      case DE -> "de";
      case WHITESPACE -> "whitespace";
    };
  }

  public String language() {
    return language;
  }

  public List<String> tokenize(String sentence) {
    return sentence.isBlank() ? List.of() : tokenizer.tokenize(sentence);
  }

  public String detokenize(List<String> tokens) {
    return detokenizer.detokenize(tokens);
  }
}

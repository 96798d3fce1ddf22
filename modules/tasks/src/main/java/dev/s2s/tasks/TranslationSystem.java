package dev.s2s.tasks;

import java.util.List;

/**
 * A trained translation system: raw source sentences in, raw (detokenized) target sentences out,
 * one output line per input line (an empty input gives an empty output).
 */
public interface TranslationSystem {
  /** Source language code, e.g. "en". */
  String sourceLanguage();

  /** Target language codes this system has a decoder for. */
  List<String> targetLanguages();

  /** Translates {@code sources} into {@code target} (one of {@link #targetLanguages()}). */
  List<String> translate(List<String> sources, String target);
}

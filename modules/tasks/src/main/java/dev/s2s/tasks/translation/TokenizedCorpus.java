package dev.s2s.tasks.translation;

import dev.s2s.tasks.AlignedSentences;
import dev.s2s.tasks.LanguageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aligned sentences tokenized per language with that language's {@link LanguageText}. */
record TokenizedCorpus(Map<String, List<List<String>>> tokens, Map<String, List<String>> raw) {

  static TokenizedCorpus of(AlignedSentences aligned, Map<String, LanguageText> text) {
    Map<String, List<List<String>>> tokens = new LinkedHashMap<>();
    Map<String, List<String>> raw = new LinkedHashMap<>();
    text.forEach(
        (lang, lt) -> {
          List<String> sentences = aligned.sentences(lang);
          List<List<String>> tok = new ArrayList<>(sentences.size());
          for (String s : sentences) {
            tok.add(lt.tokenize(s));
          }
          tokens.put(lang, tok);
          raw.put(lang, sentences);
        });
    return new TokenizedCorpus(tokens, raw);
  }
}

package dev.s2s.tasks.translation;

import dev.s2s.tasks.AlignedSentences;
import dev.s2s.tasks.LanguageText;
import dev.s2s.text.subword.BpeCodes;
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

  /** The same sentences with every language's tokens split into subwords by its codes. */
  TokenizedCorpus segmented(Map<String, BpeCodes> codes) {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    tokens.forEach((lang, sentences) -> {
      List<List<String>> seg = new ArrayList<>(sentences.size());
      for (List<String> s : sentences) {
        seg.add(codes.get(lang).segment(s));
      }
      out.put(lang, seg);
    });
    return new TokenizedCorpus(out, raw);
  }
}

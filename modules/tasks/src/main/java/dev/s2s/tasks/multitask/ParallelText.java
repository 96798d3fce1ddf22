package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.tasks.AlignedSentences;
import dev.s2s.tasks.LanguageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation split: raw sentences per language and the same tokenized with that language's
 * {@link LanguageText} ({@code tokens.get(lang).get(i)} and {@code raw.get(lang).get(i)} are
 * sentence i).
 */
record ParallelText(Map<String, List<List<String>>> tokens, Map<String, List<String>> raw) {

  /** The processing of every translation language of the config. */
  static Map<String, LanguageText> texts(ExperimentConfig cfg) {
    Map<String, LanguageText> texts = new LinkedHashMap<>();
    for (String lang : cfg.requireTranslation("train").languages()) {
      texts.put(lang, LanguageText.of(cfg.text(), lang));
    }
    return texts;
  }

  static ParallelText read(DataSpec spec, TranslationConfig tc, Map<String, LanguageText> texts) {
    AlignedSentences aligned = AlignedSentences.read(spec, tc.source(), tc.targets());
    Map<String, List<List<String>>> tokens = new LinkedHashMap<>();
    Map<String, List<String>> raw = new LinkedHashMap<>();
    texts.forEach((lang, text) -> {
      List<String> sentences = aligned.sentences(lang);
      List<List<String>> tok = new ArrayList<>(sentences.size());
      sentences.forEach(s -> tok.add(text.tokenize(s)));
      tokens.put(lang, tok);
      raw.put(lang, sentences);
    });
    return new ParallelText(tokens, raw);
  }
}

package dev.s2s.tasks.translation;

import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.config.VocabConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.VocabularyOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One vocabulary per language of a translation task, built from training text and kept in the run directory as {@code vocab-<lang>.txt}. */
public final class TranslationVocabularies {
  private TranslationVocabularies() {}

  static Map<String, Vocabulary> build(Map<String, List<List<String>>> tokens, VocabConfig v) {
    VocabularyOptions opts = VocabularyOptions.of(v.minFreq(), v.maxSize(), "vocab.min_freq", "vocab.max_size");
    Map<String, Vocabulary> vocabs = new LinkedHashMap<>();
    tokens.forEach((lang, sentences) -> vocabs.put(lang, Vocabulary.build(sentences, opts)));
    return vocabs;
  }

  static void save(Map<String, Vocabulary> vocabs, RunDirectory dir) {
    vocabs.forEach((lang, v) -> v.save(dir.vocabularyFile(lang)));
  }

  /** The vocabularies of every language of {@code tc} saved in a run directory. */
  public static Map<String, Vocabulary> load(TranslationConfig tc, RunDirectory dir) {
    Map<String, Vocabulary> vocabs = new LinkedHashMap<>();
    for (String lang : tc.languages()) {
      vocabs.put(lang, Vocabulary.load(dir.vocabularyFile(lang)));
    }
    return vocabs;
  }
}

package dev.s2s.tasks.multitask;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.VocabularyOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol inventories of a multi-task run, kept in the run directory: one vocabulary per
 * translation language ({@code vocab-<lang>.txt}, the same files the translation task writes, so
 * that the run loads as a translator), where the source vocabulary is built from the tokenized
 * translation source side plus the tagging training tokens; and the tag set ({@code
 * vocab-tags.txt}, one tag per line, {@code O} first, then B-X, I-X (and for IOBES E-X, S-X) per
 * type in sorted order).
 */
final class MultiTaskVocabularies {
  /** Name of the tag-set file in {@link RunDirectory#vocabularyFile(String)}. */
  static final String TAGS = "tags";

  private MultiTaskVocabularies() {}

  /**
   * @param tokens tokenized translation training text per language (source and targets)
   * @param tagging tagging training sentences
   */
  static Map<String, Vocabulary> build(
      ExperimentConfig cfg, Map<String, List<List<String>>> tokens, List<TaggedSentence> tagging) {
    TranslationConfig tc = cfg.requireTranslation("train");
    VocabularyOptions opts =
        VocabularyOptions.of(cfg.vocab().minFreq(), cfg.vocab().maxSize(), "vocab.min_freq", "vocab.max_size");
    Map<String, Vocabulary> vocabs = new LinkedHashMap<>();
    List<List<String>> source = new ArrayList<>(tokens.get(tc.source()));
    for (TaggedSentence s : tagging) {
      source.add(SourceIds.normalise(s.tokens(), cfg.text().lowercase()));
    }
    vocabs.put(tc.source(), Vocabulary.build(source, opts));
    for (String t : tc.targets()) {
      vocabs.put(t, Vocabulary.build(tokens.get(t), opts));
    }
    return vocabs;
  }

  /** The tag set of the training sentences in {@code format}: O, then each type's tags, types sorted. */
  static EntityTagSet tags(List<TaggedSentence> train, EntityTagSet.Format format) {
    return EntityTagSet.forTypes(EntityTagSet.typesOf(train.stream().map(TaggedSentence::tags).toList()), format);
  }

  static void save(Map<String, Vocabulary> vocabs, EntityTagSet tags, RunDirectory dir) {
    vocabs.forEach((lang, v) -> v.save(dir.vocabularyFile(lang)));
    AtomicFiles.writeString(dir.vocabularyFile(TAGS), String.join("\n", tags.tags()) + "\n");
  }

  static Map<String, Vocabulary> load(TranslationConfig tc, RunDirectory dir) {
    Map<String, Vocabulary> vocabs = new LinkedHashMap<>();
    for (String lang : tc.languages()) {
      vocabs.put(lang, Vocabulary.load(dir.vocabularyFile(lang)));
    }
    return vocabs;
  }

  /** Reads {@code vocab-tags.txt}; a file that is not a tag list is a user error naming it. */
  static EntityTagSet loadTags(RunDirectory dir) {
    Path file = dir.vocabularyFile(TAGS);
    List<String> tags = TextFiles.readLines(file).stream().filter(l -> !l.isEmpty()).toList();
    try {
      return EntityTagSet.of(tags);
    } catch (IllegalArgumentException e) {
      throw new UserException(file + ": not a tag set (one IOB2 or IOBES tag per line, O first): " + e.getMessage());
    }
  }
}

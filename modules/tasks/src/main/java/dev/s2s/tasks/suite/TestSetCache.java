package dev.s2s.tasks.suite;

import dev.s2s.text.conll.ConllCorpus;
import dev.s2s.text.conll.ConllFormat;
import dev.s2s.text.conll.ConllReader;
import dev.s2s.text.conll.ConllSentence;
import dev.s2s.text.conll.TagScheme;
import dev.s2s.text.corpus.LmLine;
import dev.s2s.text.corpus.LmTextOptions;
import dev.s2s.text.corpus.LmTextReader;
import dev.s2s.text.corpus.ParallelCorpus;
import dev.s2s.text.corpus.ParallelExample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads each test set of a suite once, with the toolkit's corpus readers, and keeps it. */
final class TestSetCache {
  private final Map<String, Object> loaded = new HashMap<>();

  /** The parallel test set {@code spec} (source and target side). */
  TranslationTestSet translation(TestSetSpec spec) {
    return (TranslationTestSet) loaded.computeIfAbsent(spec.name(), k -> readParallel(spec));
  }

  /** The CoNLL test set {@code spec}, gold tags converted to IOB2. */
  TaggingTestSet tagging(TestSetSpec spec) {
    return (TaggingTestSet) loaded.computeIfAbsent(spec.name(), k -> readConll(spec));
  }

  /** The plain-text test set {@code spec}, every line kept. */
  LmTestSet lm(TestSetSpec spec) {
    return (LmTestSet) loaded.computeIfAbsent(spec.name(), k -> readPlain(spec));
  }

  private static TranslationTestSet readParallel(TestSetSpec spec) {
    List<Path> files = spec.files();
    Map<String, Path> byLang = new LinkedHashMap<>();
    byLang.put(spec.source(), files.get(0));
    byLang.put(spec.target(), files.get(1));
    List<String> sources = new ArrayList<>();
    List<String> refs = new ArrayList<>();
    long tokens = 0;
    for (ParallelExample e : ParallelCorpus.ofFiles(byLang).readAll()) {
      sources.add(e.side(spec.source()));
      refs.add(e.side(spec.target()));
      tokens += LmTextReader.split(e.side(spec.source())).size();
    }
    return new TranslationTestSet(sources, refs, tokens);
  }

  private static TaggingTestSet readConll(TestSetSpec spec) {
    ConllFormat format = spec.columns() == 2 ? ConllFormat.TOKEN_NER : ConllFormat.CONLL2003;
    TagScheme scheme = TagScheme.parse(spec.scheme().key(), "testsets." + spec.name() + ".scheme");
    ConllCorpus corpus = new ConllReader(format, scheme).read(spec.files().get(0));
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    List<Integer> documentStarts = new ArrayList<>(List.of(0));
    for (ConllSentence s : corpus.sentences()) {
      if (!tokens.isEmpty() && s.document() != corpus.sentences().get(tokens.size() - 1).document()) {
        documentStarts.add(tokens.size());
      }
      tokens.add(s.tokens());
      gold.add(s.tags());
    }
    return new TaggingTestSet(tokens, gold, documentStarts);
  }

  private static LmTestSet readPlain(TestSetSpec spec) {
    List<List<String>> sentences = new ArrayList<>();
    for (LmLine line : LmTextReader.read(spec.files().get(0), LmTextOptions.standard())) {
      sentences.add(line.tokens());
    }
    return new LmTestSet(sentences);
  }
}

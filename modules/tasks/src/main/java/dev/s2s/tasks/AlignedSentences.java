package dev.s2s.tasks;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.config.DelimitedData;
import dev.s2s.experiment.config.RowSelection;
import dev.s2s.experiment.config.ParallelData;
import dev.s2s.text.corpus.ColumnRef;
import dev.s2s.text.corpus.DelimitedPairFormat;
import dev.s2s.text.corpus.DelimitedPairReader;
import dev.s2s.text.corpus.ParallelCorpus;
import dev.s2s.text.corpus.ParallelExample;
import dev.s2s.text.corpus.SentencePair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw (untokenized) sentences aligned across languages, read from a translation data spec:
 * line-aligned parallel files or TSV/CSV columns (of the rows the spec's {@link RowSelection}
 * reads, if it has one). {@code sentences(lang).get(i)} of every language are translations of each
 * other.
 */
public final class AlignedSentences {
  private final Map<String, List<String>> byLanguage;
  private final int size;

  private AlignedSentences(Map<String, List<String>> byLanguage, int size) {
    this.byLanguage = byLanguage;
    this.size = size;
  }

  /** Reads {@code spec} for the source and target languages. */
  public static AlignedSentences read(DataSpec spec, String source, List<String> targets) {
    if (spec instanceof ParallelData p) {
      return readParallel(p.file(), source, targets);
    }
    if (spec instanceof DelimitedData d) {
      return readDelimited(d, source, targets);
    }
    throw new UserException("translation data must be parallel, tsv or csv, got " + spec.format());
  }

  private static AlignedSentences readParallel(Path prefix, String source, List<String> targets) {
    ParallelCorpus corpus =
        ParallelCorpus.of(prefix.getParent(), prefix.getFileName().toString(), source, targets);
    Map<String, List<String>> by = new LinkedHashMap<>();
    by.put(source, new ArrayList<>());
    targets.forEach(t -> by.put(t, new ArrayList<>()));
    List<ParallelExample> all = corpus.readAll();
    for (ParallelExample ex : all) {
      by.forEach((lang, list) -> list.add(ex.side(lang)));
    }
    return new AlignedSentences(by, all.size());
  }

  private static AlignedSentences readDelimited(DelimitedData d, String source, List<String> targets) {
    Map<String, List<String>> by = new LinkedHashMap<>();
    int size = -1;
    for (String target : targets) {
      DelimitedPairFormat format =
          new DelimitedPairFormat(d.delimiter(), d.header(), column(d, source), column(d, target), 0);
      List<SentencePair> pairs = selected(DelimitedPairReader.read(d.file(), format), d.rows());
      by.put(source, pairs.stream().map(SentencePair::source).toList());
      by.put(target, pairs.stream().map(SentencePair::target).toList());
      size = pairs.size();
    }
    return new AlignedSentences(by, size);
  }

  /** The pairs the selection reads, by 0-based position or source sentence (all when it is null). */
  private static List<SentencePair> selected(List<SentencePair> pairs, RowSelection rows) {
    if (rows == null) {
      return pairs;
    }
    List<SentencePair> kept = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (rows.selects(i, pairs.get(i).source())) {
        kept.add(pairs.get(i));
      }
    }
    return kept;
  }

  private static ColumnRef column(DelimitedData d, String lang) {
    dev.s2s.experiment.config.ColumnRef c = d.columns().get(lang);
    if (c == null) {
      throw new UserException(d.file() + ": no column configured for language '" + lang + "' (columns: " + d.columns() + ")");
    }
    return c.byHeader() ? ColumnRef.name(c.header()) : ColumnRef.index(c.index());
  }

  public int size() {
    return size;
  }

  public List<String> sentences(String language) {
    List<String> s = byLanguage.get(language);
    if (s == null) {
      throw new IllegalArgumentException("no sentences for language " + language + ", have " + byLanguage.keySet());
    }
    return s;
  }
}

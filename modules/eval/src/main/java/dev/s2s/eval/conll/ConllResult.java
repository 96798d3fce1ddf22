package dev.s2s.eval.conll;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one conlleval run: token accuracy, overall and per-type chunk counts, and
 * per-sentence statistics for bootstrap resampling.
 *
 * <p>Sentence statistics are {@code long[5]}: [tokens, correctTags, gold chunks, found chunks,
 * correct chunks], one entry per non-empty sentence in input order; a chunk belongs to the
 * sentence it starts in. They sum to the corpus totals.
 */
public final class ConllResult {
  /** Index of the token count in a sentence statistics vector. */
  public static final int TOKENS = 0;
  /** Index of the correctly tagged tokens. */
  public static final int CORRECT_TAGS = 1;
  /** Index of the gold chunk count. */
  public static final int GOLD = 2;
  /** Index of the found (predicted) chunk count. */
  public static final int FOUND = 3;
  /** Index of the correct chunk count. */
  public static final int CORRECT = 4;

  private final long tokens;
  private final long correctTags;
  private final ChunkCounts overall;
  private final Map<String, ChunkCounts> byType;
  private final List<String> reportTypes;
  private final List<long[]> sentenceStatistics;

  ConllResult(
      long tokens,
      long correctTags,
      ChunkCounts overall,
      Map<String, ChunkCounts> byType,
      List<String> reportTypes,
      List<long[]> sentenceStatistics) {
    this.tokens = tokens;
    this.correctTags = correctTags;
    this.overall = overall;
    this.byType = Collections.unmodifiableMap(byType);
    this.reportTypes = List.copyOf(reportTypes);
    List<long[]> copy = new ArrayList<>(sentenceStatistics.size());
    for (long[] s : sentenceStatistics) {
      copy.add(s.clone());
    }
    this.sentenceStatistics = Collections.unmodifiableList(copy);
  }

  /** Tokens processed (sentence boundaries excluded). */
  public long tokens() {
    return tokens;
  }

  /** Tokens whose full predicted tag equals the gold tag. */
  public long correctTags() {
    return correctTags;
  }

  /** Token accuracy in percent (0 without tokens). */
  public double accuracy() {
    return tokens > 0 ? 100.0 * correctTags / tokens : 0.0;
  }

  /** Counts over all chunk types. */
  public ChunkCounts overall() {
    return overall;
  }

  /** Counts per chunk type, types in conlleval's sorted order. */
  public Map<String, ChunkCounts> byType() {
    return byType;
  }

  /** The type names in the order conlleval's report lists them (may repeat, as in conlleval). */
  public List<String> reportTypes() {
    return reportTypes;
  }

  /** Per-sentence statistics (see the class comment); arrays are copies. */
  public List<long[]> sentenceStatistics() {
    List<long[]> out = new ArrayList<>(sentenceStatistics.size());
    for (long[] s : sentenceStatistics) {
      out.add(s.clone());
    }
    return out;
  }

  /** Overall span F1 in percent of summed sentence statistics ([tokens, tags, gold, found, correct]). */
  public static double f1OfStatistics(long[] s) {
    return new ChunkCounts(s[GOLD], s[FOUND], s[CORRECT]).f1();
  }

  /** The complete conlleval report text, byte-for-byte as conlleval prints it. */
  public String report() {
    return ConllReport.format(this);
  }
}

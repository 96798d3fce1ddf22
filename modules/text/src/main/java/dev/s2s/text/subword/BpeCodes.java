package dev.s2s.text.subword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Byte-pair-encoding merge operations (Sennrich, Haddow and Birch 2016) and their application to
 * tokens, as subword-nmt 0.2+ applies them: a word is split into characters with the end-of-word
 * marker {@value #END_OF_WORD} glued to its last character; the adjacent pair with the lowest
 * merge rank is merged everywhere in the word, again and again until no pair has a rank. Every
 * piece but the last of a word is then marked with {@value #CONTINUATION} ("new@@ est"), so {@link
 * #join} restores the words. A word holding a space, CR or LF (which a codes file cannot hold) is
 * left whole.
 *
 * <p>Immutable and thread-safe; segmentations of up to {@value #CACHE_LIMIT} distinct words are
 * cached.
 */
public final class BpeCodes {
  /** Suffix of every subword that a further subword of the same word follows. */
  public static final String CONTINUATION = "@@";

  /** The end-of-word marker inside merge operations (not in segmented output). */
  public static final String END_OF_WORD = "</w>";

  private static final int CACHE_LIMIT = 200_000;

  private final List<SymbolPair> merges;
  private final Map<SymbolPair, Integer> ranks = new HashMap<>();
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  /** @param merges merge operations, highest priority first; no pair twice */
  public BpeCodes(List<SymbolPair> merges) {
    this.merges = List.copyOf(merges);
    for (int i = 0; i < this.merges.size(); i++) {
      if (ranks.put(this.merges.get(i), i) != null) {
        throw new IllegalArgumentException("merge " + this.merges.get(i) + " listed twice (again at rank " + i + ")");
      }
    }
  }

  /** The merge operations, highest priority first. */
  public List<SymbolPair> merges() {
    return merges;
  }

  /** The subwords of every token of {@code tokens}, in order. */
  public List<String> segment(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + tokens.size() / 2);
    for (String t : tokens) {
      out.addAll(segment(t));
    }
    return out;
  }

  /** The subwords of one word: {@code ["new@@", "est"]}; the word itself when no merge splits it. */
  public List<String> segment(String word) {
    if (word.isEmpty()) {
      return List.of();
    }
    if (!storable(word)) {
      return List.of(word);
    }
    List<String> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    List<String> pieces = mark(merge(characters(word)));
    if (cache.size() < CACHE_LIMIT) {
      cache.put(word, pieces);
    }
    return pieces;
  }

  /**
   * Joins subwords back into words: a token ending in {@value #CONTINUATION} is glued to the next
   * one; a trailing one at the end of the list loses its marker.
   */
  public static List<String> join(List<String> subwords) {
    List<String> words = new ArrayList<>(subwords.size());
    StringBuilder open = new StringBuilder();
    for (String s : subwords) {
      if (s.endsWith(CONTINUATION)) {
        open.append(s, 0, s.length() - CONTINUATION.length());
      } else {
        words.add(open.append(s).toString());
        open.setLength(0);
      }
    }
    if (open.length() > 0) {
      words.add(open.toString());
    }
    return words;
  }

  /** Whether {@code symbol} is non-empty and holds no space, CR or LF. */
  static boolean storable(String symbol) {
    return !symbol.isEmpty() && symbol.indexOf(' ') < 0 && symbol.indexOf('\r') < 0 && symbol.indexOf('\n') < 0;
  }

  /** The word's characters (code points), the last one carrying the end-of-word marker. */
  static List<String> characters(String word) {
    List<String> symbols = new ArrayList<>(word.length());
    word.codePoints().forEach(cp -> symbols.add(new String(Character.toChars(cp))));
    int last = symbols.size() - 1;
    symbols.set(last, symbols.get(last) + END_OF_WORD);
    return symbols;
  }

  private List<String> merge(List<String> symbols) {
    while (symbols.size() > 1) {
      SymbolPair best = null;
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i + 1 < symbols.size(); i++) {
        Integer rank = ranks.get(new SymbolPair(symbols.get(i), symbols.get(i + 1)));
        if (rank != null && rank < bestRank) {
          bestRank = rank;
          best = new SymbolPair(symbols.get(i), symbols.get(i + 1));
        }
      }
      if (best == null) {
        break;
      }
      symbols = best.mergeIn(symbols);
    }
    return symbols;
  }

  /** Drops the end-of-word marker and marks every piece but the last as continued. */
  private static List<String> mark(List<String> symbols) {
    List<String> out = new ArrayList<>(symbols.size());
    int last = symbols.size() - 1;
    for (int i = 0; i < last; i++) {
      out.add(symbols.get(i) + CONTINUATION);
    }
    String end = symbols.get(last);
    out.add(end.substring(0, end.length() - END_OF_WORD.length()));
    return List.copyOf(out);
  }
}

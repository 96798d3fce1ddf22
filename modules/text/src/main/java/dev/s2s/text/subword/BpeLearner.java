package dev.s2s.text.subword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Learns BPE merge operations from word counts (Sennrich, Haddow and Birch 2016), as subword-nmt's
 * {@code learn_bpe}: every word starts as its characters, the last one carrying {@value
 * BpeCodes#END_OF_WORD}; each step merges the most frequent adjacent pair everywhere (counted with
 * the words' frequencies; ties go to the larger pair, {@link SymbolPair#compareTo}) and stops after
 * the requested number of merges or when the best pair occurs fewer than {@code minFrequency}
 * times.
 *
 * <p>Pair counts are kept up to date incrementally: a merge re-counts only the words that contain
 * the merged pair, and a lazily cleaned priority queue yields the next best pair.
 */
public final class BpeLearner {
  private final List<List<String>> words = new ArrayList<>();
  private final long[] freq;
  private final Map<SymbolPair, Long> counts = new HashMap<>();
  private final Map<SymbolPair, Set<Integer>> where = new HashMap<>();
  private final PriorityQueue<Candidate> queue = new PriorityQueue<>(
      Comparator.comparingLong(Candidate::count).reversed().thenComparing(Candidate::pair, Comparator.reverseOrder()));

  private record Candidate(SymbolPair pair, long count) {}

  private BpeLearner(Map<String, Long> wordCounts) {
    List<String> sorted = new ArrayList<>(wordCounts.keySet());
    sorted.removeIf(w -> !BpeCodes.storable(w));
    sorted.sort(Comparator.naturalOrder());
    freq = new long[sorted.size()];
    for (int w = 0; w < sorted.size(); w++) {
      freq[w] = wordCounts.get(sorted.get(w));
      words.add(BpeCodes.characters(sorted.get(w)));
      addPairs(w);
    }
    counts.forEach((p, c) -> queue.add(new Candidate(p, c)));
  }

  /**
   * Merge operations learned from {@code wordCounts}.
   *
   * @param wordCounts word to its frequency in the training text (empty words, and words with a
   *     space, CR or LF, which {@link BpeCodes} leaves whole, are ignored)
   * @param merges at most this many operations (>= 0)
   * @param minFrequency stop when the best pair is rarer than this (>= 1; subword-nmt's default is 2)
   */
  public static BpeCodes learn(Map<String, Long> wordCounts, int merges, int minFrequency) {
    if (merges < 0 || minFrequency < 1) {
      throw new IllegalArgumentException("merges " + merges + " (>= 0), min frequency " + minFrequency + " (>= 1)");
    }
    BpeLearner l = new BpeLearner(wordCounts);
    List<SymbolPair> learned = new ArrayList<>(merges);
    while (learned.size() < merges) {
      Candidate best = l.best();
      if (best == null || best.count() < minFrequency) {
        break;
      }
      l.apply(best.pair());
      learned.add(best.pair());
    }
    return new BpeCodes(learned);
  }

  /** The most frequent pair with its current count, or null when no pair is left. */
  private Candidate best() {
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      Long now = counts.get(c.pair());
      if (now != null && now == c.count()) {
        return c;
      }
    }
    return null;
  }

  private void apply(SymbolPair pair) {
    Set<SymbolPair> touched = new LinkedHashSet<>();
    for (int w : where.remove(pair)) {
      List<String> symbols = words.get(w);
      if (!contains(symbols, pair)) {
        continue;
      }
      touched.addAll(removePairs(w));
      words.set(w, pair.mergeIn(symbols));
      touched.addAll(addPairs(w));
    }
    counts.remove(pair);
    touched.remove(pair);
    for (SymbolPair p : touched) {
      Long c = counts.get(p);
      if (c != null) {
        queue.add(new Candidate(p, c));
      }
    }
  }

  private static boolean contains(List<String> symbols, SymbolPair pair) {
    for (int i = 0; i + 1 < symbols.size(); i++) {
      if (symbols.get(i).equals(pair.left()) && symbols.get(i + 1).equals(pair.right())) {
        return true;
      }
    }
    return false;
  }

  /** Adds word w's pairs (with its frequency) to the counts and the index; returns them. */
  private Set<SymbolPair> addPairs(int w) {
    return countPairs(w, freq[w]);
  }

  /** Takes word w's pairs out of the counts (the index is cleaned lazily); returns them. */
  private Set<SymbolPair> removePairs(int w) {
    return countPairs(w, -freq[w]);
  }

  private Set<SymbolPair> countPairs(int w, long delta) {
    List<String> s = words.get(w);
    Set<SymbolPair> seen = new HashSet<>();
    for (int i = 0; i + 1 < s.size(); i++) {
      SymbolPair p = new SymbolPair(s.get(i), s.get(i + 1));
      if (counts.merge(p, delta, Long::sum) == 0) {
        counts.remove(p);
      }
      if (delta > 0) {
        where.computeIfAbsent(p, k -> new HashSet<>()).add(w);
      }
      seen.add(p);
    }
    return seen;
  }
}

package dev.s2s.eval.chrf;

import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.text.PythonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * chrF (Popović 2015) and chrF++ (Popović 2017) computed as sacreBLEU 2.6.0 computes them:
 * character n-grams over the segment with all (Python) whitespace removed, optional word n-grams
 * after splitting one ASCII punctuation mark off the end (or else the start) of each word,
 * statistics summed over the corpus, precision and recall averaged over the orders that have both
 * hypothesis and reference n-grams ({@code eff:yes}), then F-beta. With several references, each
 * segment uses the reference with the best segment-level score. The signature's {@code
 * version:2.6.0} means "compatible with sacreBLEU 2.6.0".
 *
 * <p>Segment statistics are {@code long[3 * (charOrder + wordOrder)]}: per order (characters
 * 1..charOrder, then words 1..wordOrder) the triple [hypothesis n-grams (0 when the reference has
 * none), reference n-grams, matches].
 */
public final class Chrf {
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private final ChrfSettings settings;

  public Chrf(ChrfSettings settings) {
    this.settings = settings;
  }

  public ChrfSettings settings() {
    return settings;
  }

  /** Corpus chrF; {@code references} are streams with one segment per hypothesis. */
  public ChrfScore corpusScore(List<String> hypotheses, List<List<String>> references) {
    return scoreFromStatistics(sum(segmentStatistics(hypotheses, references)), references.size());
  }

  /** Sentence chrF of one hypothesis against its references. */
  public ChrfScore sentenceScore(String hypothesis, List<String> references) {
    return scoreFromStatistics(segmentStatistics(hypothesis, references), references.size());
  }

  /** Per-segment statistics (see the class comment). */
  public List<long[]> segmentStatistics(List<String> hypotheses, List<List<String>> references) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("chrF needs at least one reference stream");
    }
    for (int r = 0; r < references.size(); r++) {
      if (references.get(r).size() != hypotheses.size()) {
        throw new IllegalArgumentException(
            "reference stream " + (r + 1) + " has " + references.get(r).size()
                + " segments but there are " + hypotheses.size() + " hypotheses");
      }
    }
    if (hypotheses.isEmpty()) {
      throw new IllegalArgumentException("no hypotheses to score");
    }
    List<long[]> stats = new ArrayList<>(hypotheses.size());
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < hypotheses.size(); i++) {
      refs.clear();
      for (List<String> stream : references) {
        refs.add(stream.get(i));
      }
      stats.add(segmentStatistics(hypotheses.get(i), refs));
    }
    return stats;
  }

  /** The score of summed statistics; {@code nrefs} only enters the signature. */
  public ChrfScore scoreFromStatistics(long[] stats, int nrefs) {
    int orders = settings.charOrder() + settings.wordOrder();
    if (stats.length != 3 * orders) {
      throw new IllegalArgumentException(
          "chrF statistics must have 3 * (charOrder + wordOrder) = " + 3 * orders
              + " entries, got " + stats.length);
    }
    return new ChrfScore(name(), fScore(stats), signature(nrefs));
  }

  /** {@code chrF2}, or {@code chrF2++} for word order 2. */
  public String name() {
    return "chrF" + settings.beta() + "+".repeat(settings.wordOrder());
  }

  /** The sacreBLEU signature, e.g. {@code nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0}. */
  public String signature(int nrefs) {
    return "nrefs:" + nrefs
        + "|case:" + (settings.lowercase() ? "lc" : "mixed")
        + "|eff:yes"
        + "|nc:" + settings.charOrder()
        + "|nw:" + settings.wordOrder()
        + "|space:" + (settings.whitespace() ? "yes" : "no")
        + "|version:2.6.0";
  }

  /**
   * Paired bootstrap test of {@code system} against {@code baseline} on the same references
   * (sacreBLEU's {@code --paired-bs}); the resampling unit is the segment.
   */
  public PairedBootstrapResult pairedBootstrap(
      List<String> baseline,
      List<String> system,
      List<List<String>> references,
      PairedBootstrap bootstrap) {
    List<long[]> a = segmentStatistics(baseline, references);
    List<long[]> b = segmentStatistics(system, references);
    int nrefs = references.size();
    return bootstrap.compare(a, b, s -> scoreFromStatistics(s, nrefs).score());
  }

  /** Element-wise sum of statistics vectors. */
  public static long[] sum(List<long[]> stats) {
    long[] total = new long[stats.get(0).length];
    for (long[] s : stats) {
      for (int i = 0; i < total.length; i++) {
        total[i] += s[i];
      }
    }
    return total;
  }

  private long[] segmentStatistics(String hypothesis, List<String> references) {
    List<Map<String, Integer>> hyp = ngrams(preprocess(hypothesis));
    long[] best = null;
    double bestF = -1.0;
    for (String ref : references) {
      List<Map<String, Integer>> refNgrams = ngrams(preprocess(ref));
      long[] stats = new long[3 * hyp.size()];
      for (int k = 0; k < hyp.size(); k++) {
        matchStatistics(hyp.get(k), refNgrams.get(k), stats, 3 * k);
      }
      double f = fScore(stats);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    return best;
  }

  private String preprocess(String s) {
    return settings.lowercase() ? PythonText.lower(s) : s;
  }

  private static void matchStatistics(
      Map<String, Integer> hyp, Map<String, Integer> ref, long[] out, int at) {
    long hypCount = 0;
    long matches = 0;
    for (Map.Entry<String, Integer> e : hyp.entrySet()) {
      hypCount += e.getValue();
      Integer r = ref.get(e.getKey());
      if (r != null) {
        matches += Math.min(e.getValue(), r);
      }
    }
    long refCount = 0;
    for (int c : ref.values()) {
      refCount += c;
    }
    out[at] = ref.isEmpty() ? 0 : hypCount;
    out[at + 1] = refCount;
    out[at + 2] = matches;
  }

  /** Character n-gram counts for orders 1..charOrder, then word n-gram counts. */
  private List<Map<String, Integer>> ngrams(String segment) {
    List<Map<String, Integer>> all = new ArrayList<>();
    String chars = settings.whitespace() ? segment : PythonText.removeSpaces(segment);
    int[] cps = chars.codePoints().toArray();
    for (int n = 1; n <= settings.charOrder(); n++) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + n <= cps.length; i++) {
        counts.merge(new String(cps, i, n), 1, Integer::sum);
      }
      all.add(counts);
    }
    if (settings.wordOrder() > 0) {
      List<String> words = splitPunctuation(segment);
      for (int n = 1; n <= settings.wordOrder(); n++) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
          counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        all.add(counts);
      }
    }
    return all;
  }

  /** Words of the segment; one ASCII punctuation mark at the end, else at the start, split off. */
  static List<String> splitPunctuation(String segment) {
    List<String> out = new ArrayList<>();
    for (String w : PythonText.split(segment)) {
      if (w.codePointCount(0, w.length()) == 1) {
        out.add(w);
      } else if (PUNCTUATION.indexOf(w.charAt(w.length() - 1)) >= 0) {
        out.add(w.substring(0, w.length() - 1));
        out.add(w.substring(w.length() - 1));
      } else if (PUNCTUATION.indexOf(w.charAt(0)) >= 0) {
        out.add(w.substring(0, 1));
        out.add(w.substring(1));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private double fScore(long[] stats) {
    int orders = stats.length / 3;
    double factor = (double) settings.beta() * settings.beta();
    double avgPrec = 0.0;
    double avgRec = 0.0;
    int effectiveOrder = 0;
    for (int i = 0; i < orders; i++) {
      long nHyp = stats[3 * i];
      long nRef = stats[3 * i + 1];
      long nMatch = stats[3 * i + 2];
      if (nHyp > 0 && nRef > 0) {
        avgPrec += (double) nMatch / nHyp;
        avgRec += (double) nMatch / nRef;
        effectiveOrder++;
      }
    }
    if (effectiveOrder == 0) {
      return 0.0;
    }
    avgPrec /= effectiveOrder;
    avgRec /= effectiveOrder;
    if (avgPrec + avgRec == 0) {
      return 0.0;
    }
    double score = (1 + factor) * avgPrec * avgRec;
    score /= factor * avgPrec + avgRec;
    return 100 * score;
  }
}

package dev.s2s.eval.bleu;

import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.text.PythonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus and sentence BLEU computed exactly as sacreBLEU 2.6.0 computes it (Papineni et al.
 * 2002; tokenizers, smoothing, several references with closest reference length and max clipping
 * over references, effective order). Numbers agree with sacreBLEU to float rounding; the
 * signature reports {@code version:2.6.0} meaning "compatible with sacreBLEU 2.6.0", not that
 * sacreBLEU was run.
 *
 * <p>Segment statistics are {@code long[2 + 2 * maxOrder]}: [hypLen, refLen, matches per order
 * (maxOrder), hypothesis n-grams per order (maxOrder)]; they add up over segments, which is what
 * corpus BLEU and bootstrap resampling use.
 */
public final class Bleu {
  /** The sacreBLEU version whose numbers and signatures this class reproduces. */
  public static final String COMPATIBLE_VERSION = "2.6.0";

  private final BleuSettings settings;
  private final BleuTokenizer tokenizer;

  public Bleu(BleuSettings settings) {
    this.settings = settings;
    this.tokenizer = BleuTokenizer.named(settings.tokenizer());
  }

  public BleuSettings settings() {
    return settings;
  }

  /**
   * Corpus BLEU.
   *
   * @param hypotheses one segment per line
   * @param references reference streams, each with one segment per hypothesis
   */
  public BleuScore corpusScore(List<String> hypotheses, List<List<String>> references) {
    return scoreFromStatistics(sum(segmentStatistics(hypotheses, references)), references.size());
  }

  /** Sentence BLEU of one hypothesis against its references (one string per reference). */
  public BleuScore sentenceScore(String hypothesis, List<String> references) {
    return scoreFromStatistics(
        segmentStatistics(preprocess(hypothesis), referenceInfo(references)), references.size());
  }

  /** Per-segment statistics (see the class comment), in hypothesis order. */
  public List<long[]> segmentStatistics(List<String> hypotheses, List<List<String>> references) {
    checkShapes(hypotheses, references);
    List<long[]> stats = new ArrayList<>(hypotheses.size());
    List<String> refsOfSegment = new ArrayList<>(references.size());
    for (int i = 0; i < hypotheses.size(); i++) {
      refsOfSegment.clear();
      for (List<String> stream : references) {
        refsOfSegment.add(stream.get(i));
      }
      stats.add(segmentStatistics(preprocess(hypotheses.get(i)), referenceInfo(refsOfSegment)));
    }
    return stats;
  }

  /** The score of summed segment statistics, for {@code nrefs} references (signature only). */
  public BleuScore scoreFromStatistics(long[] stats, int nrefs) {
    int order = settings.maxOrder();
    if (stats.length != 2 + 2 * order) {
      throw new IllegalArgumentException(
          "BLEU statistics must have 2 + 2 * maxOrder = " + (2 + 2 * order)
              + " entries, got " + stats.length);
    }
    double[] correct = new double[order];
    double[] total = new double[order];
    for (int n = 0; n < order; n++) {
      correct[n] = stats[2 + n];
      total[n] = stats[2 + order + n];
    }
    return compute(correct, total, stats[0], stats[1], signature(nrefs));
  }

  /** The sacreBLEU signature, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}. */
  public String signature(int nrefs) {
    return "nrefs:" + nrefs
        + "|case:" + (settings.lowercase() ? "lc" : "mixed")
        + "|eff:" + (settings.effectiveOrder() ? "yes" : "no")
        + "|tok:" + tokenizer.signature()
        + "|smooth:" + settings.smoothing().signature(settings.effectiveSmoothValue())
        + "|version:" + COMPATIBLE_VERSION;
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
    if (stats.isEmpty()) {
      throw new IllegalArgumentException("no segments to score");
    }
    long[] total = new long[stats.get(0).length];
    for (long[] s : stats) {
      for (int i = 0; i < total.length; i++) {
        total[i] += s[i];
      }
    }
    return total;
  }

  private BleuScore compute(
      double[] correct, double[] total, long sysLen, long refLen, String signature) {
    int order = settings.maxOrder();
    Smoothing smoothing = settings.smoothing();
    double smoothValue = settings.effectiveSmoothValue();
    double bp = 1.0;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? Math.exp(1.0 - (double) refLen / sysLen) : 0.0;
    }
    double[] precisions = new double[order];
    boolean anyMatch = false;
    for (double c : correct) {
      anyMatch |= c != 0;
    }
    if (!anyMatch) {
      return new BleuScore(0.0, correct, total, precisions, bp, sysLen, refLen, signature);
    }
    double smoothMteval = 1.0;
    int effOrder = order;
    for (int n = 1; n <= order; n++) {
      if (smoothing == Smoothing.ADD_K && n > 1) {
        correct[n - 1] += smoothValue;
        total[n - 1] += smoothValue;
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (settings.effectiveOrder()) {
        effOrder = n;
      }
      if (correct[n - 1] == 0) {
        if (smoothing == Smoothing.EXP) {
          smoothMteval *= 2;
          precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
        } else if (smoothing == Smoothing.FLOOR) {
          precisions[n - 1] = 100.0 * smoothValue / total[n - 1];
        }
      } else {
        precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
      }
    }
    double logSum = 0.0;
    for (int n = 0; n < effOrder; n++) {
      logSum += flooredLog(precisions[n]);
    }
    double score = bp * Math.exp(logSum / effOrder);
    return new BleuScore(score, correct, total, precisions, bp, sysLen, refLen, signature);
  }

  /** sacreBLEU's {@code my_log}: log, with log(0) floored to -9999999999. */
  private static double flooredLog(double x) {
    return x == 0.0 ? -9999999999.0 : Math.log(x);
  }

  private String preprocess(String segment) {
    String s = settings.lowercase() ? PythonText.lower(segment) : segment;
    return tokenizer.tokenize(PythonText.rstrip(s));
  }

  private ReferenceInfo referenceInfo(List<String> refs) {
    Map<String, Integer> merged = null;
    int[] lengths = new int[refs.size()];
    for (int r = 0; r < refs.size(); r++) {
      List<String> tokens = PythonText.split(preprocess(refs.get(r)));
      lengths[r] = tokens.size();
      Map<String, Integer> ngrams = countNgrams(tokens);
      if (merged == null) {
        merged = ngrams;
      } else {
        for (Map.Entry<String, Integer> e : ngrams.entrySet()) {
          merged.merge(e.getKey(), e.getValue(), Math::max);
        }
      }
    }
    return new ReferenceInfo(merged == null ? Map.of() : merged, lengths);
  }

  private long[] segmentStatistics(String hypothesis, ReferenceInfo ref) {
    int order = settings.maxOrder();
    List<String> tokens = PythonText.split(hypothesis);
    long[] stats = new long[2 + 2 * order];
    stats[0] = tokens.size();
    stats[1] = closestReferenceLength(tokens.size(), ref.lengths());
    for (Map.Entry<String, Integer> e : countNgrams(tokens).entrySet()) {
      int n = orderOf(e.getKey());
      int count = e.getValue();
      stats[2 + order + n - 1] += count;
      Integer refCount = ref.ngrams().get(e.getKey());
      if (refCount != null) {
        stats[2 + n - 1] += Math.min(count, refCount);
      }
    }
    return stats;
  }

  /** The reference length closest to {@code hypLen}; ties go to the shorter reference. */
  static int closestReferenceLength(int hypLen, int[] refLens) {
    int closestDiff = -1;
    int closestLen = -1;
    for (int len : refLens) {
      int diff = Math.abs(hypLen - len);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = len;
      } else if (diff == closestDiff && len < closestLen) {
        closestLen = len;
      }
    }
    return closestLen;
  }

  /** Counts of all 1..maxOrder-grams; keys are the words joined by one space. */
  private Map<String, Integer> countNgrams(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    int len = tokens.size();
    for (int n = 1; n <= settings.maxOrder(); n++) {
      for (int i = 0; i + n <= len; i++) {
        counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int orderOf(String ngram) {
    int n = 1;
    for (int i = 0; i < ngram.length(); i++) {
      if (ngram.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  private static void checkShapes(List<String> hypotheses, List<List<String>> references) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("BLEU needs at least one reference stream");
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
  }

  /** Max-merged reference n-gram counts and the reference lengths of one segment. */
  private record ReferenceInfo(Map<String, Integer> ngrams, int[] lengths) {}
}

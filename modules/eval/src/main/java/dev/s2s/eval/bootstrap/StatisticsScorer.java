package dev.s2s.eval.bootstrap;

/**
 * A corpus metric computed from summed segment statistics (BLEU, chrF, span F1), the form paired
 * bootstrap resampling needs.
 */
@FunctionalInterface
public interface StatisticsScorer {
  /** The corpus score of element-wise summed segment statistics. */
  double score(long[] summedStatistics);
}

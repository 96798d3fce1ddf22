package dev.s2s.eval.bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Paired bootstrap resampling (Koehn 2004) as sacreBLEU 2.6.0's {@code --paired-bs} performs it:
 * n resamples of the segments (with replacement, the same segment indices for both systems), the
 * metric recomputed from summed segment statistics, a 95% interval from the sorted resampled
 * scores, and the p-value of the absolute score difference against the centred resampled
 * differences.
 *
 * <p>The resampling uses {@link SplittableRandom} with an explicit seed (default 12345, as
 * sacreBLEU), so results are repeatable; they are not numpy's random draws, so p-values and
 * intervals are statistically equivalent to sacreBLEU's but not identical digits.
 */
public final class PairedBootstrap {
  /** sacreBLEU's default number of resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** sacreBLEU's default seed. */
  public static final long DEFAULT_SEED = 12345L;

  private final int resamples;
  private final long seed;

  public PairedBootstrap(int resamples, long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** 1000 resamples, seed 12345. */
  public static PairedBootstrap withDefaults() {
    return new PairedBootstrap(DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  /**
   * Compares system B with baseline A.
   *
   * @param baseline segment statistics of A, one vector per segment
   * @param system segment statistics of B, same segments in the same order
   * @param scorer the metric from summed statistics
   */
  public PairedBootstrapResult compare(
      List<long[]> baseline, List<long[]> system, StatisticsScorer scorer) {
    int n = baseline.size();
    if (n == 0 || system.size() != n) {
      throw new IllegalArgumentException(
          "paired bootstrap needs the same non-zero number of segments for both systems, got "
              + n + " and " + system.size());
    }
    double realA = scorer.score(sum(baseline));
    double realB = scorer.score(sum(system));
    double[] scoresA = new double[resamples];
    double[] scoresB = new double[resamples];
    SplittableRandom rng = new SplittableRandom(seed);
    int[] idx = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < n; i++) {
        idx[i] = rng.nextInt(n);
      }
      scoresA[r] = scorer.score(sumAt(baseline, idx));
      scoresB[r] = scorer.score(sumAt(system, idx));
    }
    double[] diffs = new double[resamples];
    double diffMean = 0.0;
    for (int r = 0; r < resamples; r++) {
      diffs[r] = Math.abs(scoresB[r] - scoresA[r]);
      diffMean += diffs[r];
    }
    diffMean /= resamples;
    double realDiff = Math.abs(realA - realB);
    int exceed = 0;
    for (double d : diffs) {
      if (d - diffMean > realDiff) {
        exceed++;
      }
    }
    double p = (exceed + 1.0) / (resamples + 1.0);
    return new PairedBootstrapResult(
        estimate(realA, scoresA), estimate(realB, scoresB), p, resamples, seed);
  }

  /** Mean and 95% interval of resampled scores (sacreBLEU's {@code estimate_ci}). */
  static BootstrapEstimate estimate(double real, double[] resampled) {
    double[] sorted = resampled.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int lowerIdx = n / 40;
    int upperIdx = n - lowerIdx - 1;
    double mean = 0.0;
    for (double s : sorted) {
      mean += s;
    }
    mean /= n;
    double lower = sorted[lowerIdx];
    double upper = sorted[upperIdx];
    return new BootstrapEstimate(real, mean, 0.5 * (upper - lower), lower, upper);
  }

  private static long[] sum(List<long[]> stats) {
    long[] total = new long[stats.get(0).length];
    for (long[] s : stats) {
      for (int k = 0; k < total.length; k++) {
        total[k] += s[k];
      }
    }
    return total;
  }

  private static long[] sumAt(List<long[]> stats, int[] idx) {
    long[] total = new long[stats.get(0).length];
    for (int i : idx) {
      long[] s = stats.get(i);
      for (int k = 0; k < total.length; k++) {
        total[k] += s[k];
      }
    }
    return total;
  }
}

package dev.s2s.neural.nn;

/**
 * Learning-rate schedule "multiply by factor on plateau": after {@code patience} consecutive
 * validations without improvement of the metric, lr = max(minLr, lr * factor) and the counter
 * restarts. A validation improves only if it beats the schedule's best by more than {@code
 * threshold} (absolute, in the metric's units; PyTorch's {@code ReduceLROnPlateau} with {@code
 * threshold_mode="abs"}), and only such a validation moves that best: with threshold 0.2 BLEU, the
 * scores 32.76, 32.82, 32.89 are two validations without improvement. State (lr, best, bad count)
 * is exposed for checkpoints.
 */
public final class PlateauSchedule {
  private final double factor;
  private final int patience;
  private final double threshold;
  private final double minLr;
  private final boolean higherIsBetter;
  private double lr;
  private double best;
  private int bad;

  /** A schedule in which any gain over the best is an improvement (threshold 0). */
  public PlateauSchedule(double initialLr, double factor, int patience, double minLr, boolean higherIsBetter) {
    this(initialLr, factor, patience, 0.0, minLr, higherIsBetter);
  }

  /** @param threshold the smallest gain over the best that counts as an improvement, >= 0 */
  public PlateauSchedule(
      double initialLr, double factor, int patience, double threshold, double minLr, boolean higherIsBetter) {
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("plateau factor " + factor + " outside (0, 1]");
    }
    if (!(threshold >= 0)) {
      throw new IllegalArgumentException("plateau threshold " + threshold + " < 0");
    }
    this.lr = initialLr;
    this.factor = factor;
    this.patience = patience;
    this.threshold = threshold;
    this.minLr = minLr;
    this.higherIsBetter = higherIsBetter;
    this.best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** Records a validation value and returns the (possibly reduced) learning rate. */
  public double observe(double metric) {
    boolean better = higherIsBetter ? metric > best + threshold : metric < best - threshold;
    if (better) {
      best = metric;
      bad = 0;
    } else if (++bad >= patience) {
      lr = Math.max(minLr, lr * factor);
      bad = 0;
    }
    return lr;
  }

  /** Whether a higher metric is an improvement (BLEU, F1) rather than a lower one (perplexity, loss). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public double learningRate() {
    return lr;
  }

  public double best() {
    return best;
  }

  public int badCount() {
    return bad;
  }

  /** Restores state saved from {@link #learningRate()}, {@link #best()}, {@link #badCount()}. */
  public void restore(double lr, double best, int bad) {
    this.lr = lr;
    this.best = best;
    this.bad = bad;
  }
}

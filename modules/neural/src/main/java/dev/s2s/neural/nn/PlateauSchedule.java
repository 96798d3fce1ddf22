package dev.s2s.neural.nn;

/**
 * Learning-rate schedule "multiply by factor on plateau": after {@code patience} consecutive
 * validations without improvement of the metric, lr = max(minLr, lr * factor) and the counter
 * restarts. State (lr, best, bad count) is exposed for checkpoints.
 */
public final class PlateauSchedule {
  private final double factor;
  private final int patience;
  private final double minLr;
  private final boolean higherIsBetter;
  private double lr;
  private double best;
  private int bad;

  public PlateauSchedule(double initialLr, double factor, int patience, double minLr, boolean higherIsBetter) {
    if (!(factor > 0 && factor <= 1)) {
      throw new IllegalArgumentException("plateau factor " + factor + " outside (0, 1]");
    }
    this.lr = initialLr;
    this.factor = factor;
    this.patience = patience;
    this.minLr = minLr;
    this.higherIsBetter = higherIsBetter;
    this.best = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  /** Records a validation value and returns the (possibly reduced) learning rate. */
  public double observe(double metric) {
    boolean better = higherIsBetter ? metric > best : metric < best;
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

package dev.s2s.neural.nn;

/**
 * The learning rate and update count that every {@link Optimizer} keeps; subclasses call {@link
 * #countUpdate()} once per {@link Optimizer#step()} and {@link #restoreCount(long)} on resume.
 */
abstract class RateAndCount implements Optimizer {
  private double lr;
  private long step;

  RateAndCount(double lr) {
    this.lr = lr;
  }

  @Override
  public final double learningRate() {
    return lr;
  }

  @Override
  public final void setLearningRate(double lr) {
    this.lr = lr;
  }

  /** Number of updates applied so far. */
  @Override
  public final long stepCount() {
    return step;
  }

  /** Counts the update about to be applied and returns its 1-based number. */
  final long countUpdate() {
    return ++step;
  }

  final void restoreCount(long stepCount) {
    this.step = stepCount;
  }
}

package dev.s2s.neural.train;

import dev.s2s.neural.nn.PlateauSchedule;
import java.util.Map;

/**
 * What a trainer remembers of its validations for early stopping and for its {@link
 * PlateauSchedule}: the best score, the validations since it improved, and the schedule's learning
 * rate and counters after the last validation. Checkpoints keep it as the keys {@code best}, {@code
 * badValidations}, {@code learningRate}, {@code scheduleBest} and {@code scheduleBad}, so that a
 * resumed run decays its learning rate and stops exactly when the uninterrupted run would.
 */
public final class ValidationHistory {
  private double best;
  private int badValidations;
  private double learningRate;
  private double scheduleBest;
  private int scheduleBad;

  private ValidationHistory() {}

  /** All zeros: the placeholder of a state that no trainer has started (see {@link TrainerState}). */
  static ValidationHistory unset() {
    return new ValidationHistory();
  }

  /** The history before any validation: nothing is best yet, the schedule as it starts. */
  public static ValidationHistory start(PlateauSchedule schedule) {
    ValidationHistory h = new ValidationHistory();
    h.best = schedule.higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    h.snapshot(schedule);
    return h;
  }

  /**
   * Records a validation score, lets the schedule observe it (which may lower its learning rate)
   * and returns whether the score improved on the best, in the schedule's direction.
   */
  public boolean record(double score, PlateauSchedule schedule) {
    boolean improved = schedule.higherIsBetter() ? score > best : score < best;
    if (improved) {
      best = score;
      badValidations = 0;
    } else {
      badValidations++;
    }
    schedule.observe(score);
    snapshot(schedule);
    return improved;
  }

  /** Whether early stopping is due: patience > 0 validations in a row without improvement. */
  public boolean patienceExhausted(int patience) {
    return patience > 0 && badValidations >= patience;
  }

  /** Puts a freshly built schedule back where this history left it (on resume). */
  public void restore(PlateauSchedule schedule) {
    schedule.restore(learningRate, scheduleBest, scheduleBad);
  }

  public double best() {
    return best;
  }

  public int badValidations() {
    return badValidations;
  }

  /** The learning rate after the last validation (the initial one before any). */
  public double learningRate() {
    return learningRate;
  }

  private void snapshot(PlateauSchedule schedule) {
    learningRate = schedule.learningRate();
    scheduleBest = schedule.best();
    scheduleBad = schedule.badCount();
  }

  /** Adds the five checkpoint keys to a trainer state map. */
  public void write(Map<String, String> m) {
    m.put("best", Double.toString(best));
    m.put("badValidations", Integer.toString(badValidations));
    m.put("learningRate", Double.toString(learningRate));
    m.put("scheduleBest", Double.toString(scheduleBest));
    m.put("scheduleBad", Integer.toString(scheduleBad));
  }

  /** Reads the five checkpoint keys; a missing or malformed one is a user error naming the file. */
  public static ValidationHistory read(StateFields f) {
    ValidationHistory h = new ValidationHistory();
    h.best = f.doubleValue("best");
    h.badValidations = f.intValue("badValidations");
    h.learningRate = f.doubleValue("learningRate");
    h.scheduleBest = f.doubleValue("scheduleBest");
    h.scheduleBad = f.intValue("scheduleBad");
    return h;
  }
}

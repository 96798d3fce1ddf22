package dev.s2s.tasks.tagging;

import dev.s2s.neural.train.StateFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a tagger training stands, besides parameters and optimizer moments: enough to continue
 * exactly (data order and dropout are pure functions of the seed and these counters).
 *
 * @param step updates done
 * @param epoch completed passes over the training data
 * @param cursor batches of the current epoch already done
 * @param bestScore best dev span F1 so far (percent), or -infinity before the first validation
 * @param bestStep update of the best validation
 * @param badValidations validations since the last improvement (early stopping)
 * @param scheduleBad validations since the last improvement or learning-rate decay
 * @param learningRate current learning rate
 * @param adamStep the optimizer's update count
 */
public record TaggerTrainingState(
    long step, int epoch, int cursor, double bestScore, long bestStep, int badValidations, int scheduleBad,
    double learningRate, long adamStep) {

  /** The state before the first update. */
  public static TaggerTrainingState initial(double learningRate) {
    return new TaggerTrainingState(0, 0, 0, Double.NEGATIVE_INFINITY, 0, 0, 0, learningRate, 0);
  }

  /** The 1-based epoch that the last update belongs to (for metrics.csv). */
  public int currentEpochNumber() {
    return cursor == 0 ? Math.max(epoch, 1) : epoch + 1;
  }

  Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("step", Long.toString(step));
    m.put("epoch", Integer.toString(epoch));
    m.put("cursor", Integer.toString(cursor));
    m.put("bestScore", Double.toString(bestScore));
    m.put("bestStep", Long.toString(bestStep));
    m.put("badValidations", Integer.toString(badValidations));
    m.put("scheduleBad", Integer.toString(scheduleBad));
    m.put("learningRate", Double.toString(learningRate));
    m.put("adamStep", Long.toString(adamStep));
    return m;
  }

  static TaggerTrainingState fromMap(Map<String, String> m, String source) {
    StateFields f = new StateFields(m, source);
    return new TaggerTrainingState(f.longValue("step"), f.intValue("epoch"), f.intValue("cursor"),
        f.doubleValue("bestScore"), f.longValue("bestStep"), f.intValue("badValidations"), f.intValue("scheduleBad"),
        f.doubleValue("learningRate"), f.longValue("adamStep"));
  }
}

package dev.s2s.tasks.lm;

import dev.s2s.neural.train.StateFields;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides parameters, moments and carried hidden states that exact resume of RNN
 * language-model training needs. Dropout randomness is derived from (seed, step), so no generator
 * state is saved.
 *
 * @param step updates done
 * @param epoch current epoch, 1-based
 * @param cursor next segment of the epoch
 * @param bestDev best dev perplexity so far (+infinity before the first validation)
 * @param badValidations validations since the last improvement (early stopping)
 * @param learningRate current learning rate
 * @param scheduleBest best value seen by the plateau schedule
 * @param scheduleBad validations without improvement counted by the schedule
 * @param optimizer the update rule's name ({@code adam} or {@code sgd}; checkpoints written before
 *     the choice existed have none and are Adam's)
 * @param adamStep the optimizer's update count (the key predates SGD)
 * @param elapsedSeconds training wall time of earlier sessions (for the max_minutes budget)
 * @param tokens training tokens processed so far
 */
public record LmTrainerState(
    long step, int epoch, int cursor, double bestDev, int badValidations, double learningRate,
    double scheduleBest, int scheduleBad, String optimizer, long adamStep, double elapsedSeconds, long tokens) {

  Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("step", Long.toString(step));
    m.put("epoch", Integer.toString(epoch));
    m.put("cursor", Integer.toString(cursor));
    m.put("best_dev", Double.toString(bestDev));
    m.put("bad_validations", Integer.toString(badValidations));
    m.put("learning_rate", Double.toString(learningRate));
    m.put("schedule_best", Double.toString(scheduleBest));
    m.put("schedule_bad", Integer.toString(scheduleBad));
    m.put("optimizer", optimizer);
    m.put("adam_step", Long.toString(adamStep));
    m.put("elapsed_seconds", Double.toString(elapsedSeconds));
    m.put("tokens", Long.toString(tokens));
    return m;
  }

  static LmTrainerState fromMap(Map<String, String> m, String source) {
    StateFields f = new StateFields(m, source);
    return new LmTrainerState(f.longValue("step"), f.intValue("epoch"), f.intValue("cursor"), f.doubleValue("best_dev"),
        f.intValue("bad_validations"), f.doubleValue("learning_rate"), f.doubleValue("schedule_best"),
        f.intValue("schedule_bad"), m.getOrDefault("optimizer", "adam"), f.longValue("adam_step"),
        f.doubleValue("elapsed_seconds"), f.longValue("tokens"));
  }
}

package dev.s2s.tasks.multitask;

import dev.s2s.neural.train.StateFields;
import dev.s2s.neural.train.TrainerState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides parameters and optimizer moments that exact resume needs: the update count,
 * per task its epoch and position in that epoch's batch order, the best validation score and the
 * counters of early stopping and the learning-rate schedule, the optimizer's per-group step counts.
 * All random decisions are functions of (seed, counters), so no generator state is kept.
 */
final class MultiTaskState {
  long step;
  long lastValidationStep = -1;
  final Map<String, long[]> positions = new LinkedHashMap<>(); // task -> {epoch, cursor}
  double best = Double.NEGATIVE_INFINITY;
  int badValidations;
  double learningRate;
  double scheduleBest = Double.NEGATIVE_INFINITY;
  int scheduleBad;
  long seed;
  final Map<String, Long> adamSteps = new LinkedHashMap<>();

  /** Completed passes over a task's data. */
  long epoch(String task) {
    long[] p = positions.get(task);
    return p == null ? 0 : p[0];
  }

  Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("step", Long.toString(step));
    m.put("lastValidationStep", Long.toString(lastValidationStep));
    m.put("best", Double.toString(best));
    m.put("badValidations", Integer.toString(badValidations));
    m.put("learningRate", Double.toString(learningRate));
    m.put("scheduleBest", Double.toString(scheduleBest));
    m.put("scheduleBad", Integer.toString(scheduleBad));
    m.put("seed", Long.toString(seed));
    positions.forEach((k, v) -> m.put("position." + k, v[0] + "," + v[1]));
    adamSteps.forEach((k, v) -> m.put("adamStep." + k, Long.toString(v)));
    return m;
  }

  static MultiTaskState fromMap(Map<String, String> m, String source) {
    StateFields f = new StateFields(m, source);
    MultiTaskState s = new MultiTaskState();
    s.step = f.longValue("step");
    s.lastValidationStep = f.longValue("lastValidationStep");
    s.best = f.doubleValue("best");
    s.badValidations = f.intValue("badValidations");
    s.learningRate = f.doubleValue("learningRate");
    s.scheduleBest = f.doubleValue("scheduleBest");
    s.scheduleBad = f.intValue("scheduleBad");
    s.seed = f.longValue("seed");
    s.positions.putAll(TrainerState.positions(f));
    f.withPrefix("adamStep.").forEach((group, v) -> s.adamSteps.put(group, f.parseLong("adamStep." + group, v)));
    return s;
  }
}

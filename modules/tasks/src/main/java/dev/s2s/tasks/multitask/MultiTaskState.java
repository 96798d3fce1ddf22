package dev.s2s.tasks.multitask;

import dev.s2s.neural.train.StateFields;
import dev.s2s.neural.train.TrainerState;
import dev.s2s.neural.train.ValidationHistory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides parameters and optimizer moments that exact resume needs: the update count,
 * per task its epoch and position in that epoch's batch order, the {@link ValidationHistory} (best
 * score, early-stopping and schedule counters), the optimizer's per-group step counts.
 * All random decisions are functions of (seed, counters), so no generator state is kept.
 */
final class MultiTaskState {
  long step;
  long lastValidationStep = -1;
  final Map<String, long[]> positions = new LinkedHashMap<>(); // task -> {epoch, cursor}
  ValidationHistory validations;
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
    validations.write(m);
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
    s.validations = ValidationHistory.read(f);
    s.seed = f.longValue("seed");
    s.positions.putAll(TrainerState.positions(f));
    f.withPrefix("adamStep.").forEach((group, v) -> s.adamSteps.put(group, f.parseLong("adamStep." + group, v)));
    return s;
  }
}

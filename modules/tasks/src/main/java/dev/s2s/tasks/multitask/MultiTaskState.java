package dev.s2s.tasks.multitask;

import dev.s2s.common.UserException;
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
    MultiTaskState s = new MultiTaskState();
    try {
      s.step = Long.parseLong(required(m, "step", source));
      s.lastValidationStep = Long.parseLong(required(m, "lastValidationStep", source));
      s.best = Double.parseDouble(required(m, "best", source));
      s.badValidations = Integer.parseInt(required(m, "badValidations", source));
      s.learningRate = Double.parseDouble(required(m, "learningRate", source));
      s.scheduleBest = Double.parseDouble(required(m, "scheduleBest", source));
      s.scheduleBad = Integer.parseInt(required(m, "scheduleBad", source));
      s.seed = Long.parseLong(required(m, "seed", source));
      for (Map.Entry<String, String> e : m.entrySet()) {
        if (e.getKey().startsWith("position.")) {
          String[] p = e.getValue().split(",");
          s.positions.put(e.getKey().substring("position.".length()), new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
        } else if (e.getKey().startsWith("adamStep.")) {
          s.adamSteps.put(e.getKey().substring("adamStep.".length()), Long.parseLong(e.getValue()));
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new UserException(source + ": corrupt multi-task trainer state " + m, e);
    }
    return s;
  }

  private static String required(Map<String, String> m, String key, String source) {
    String v = m.get(key);
    if (v == null) {
      throw new UserException(source + ": checkpoint lacks multi-task trainer state key '" + key + "'");
    }
    return v;
  }
}

package dev.s2s.neural.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides parameters and optimizer moments that exact resume needs: the update count,
 * per language its epoch and position in that epoch's batch order, early-stopping and schedule
 * state. Random decisions are derived from (seed, counters), see {@link Seeds}.
 */
public final class TrainerState {
  long step;
  final Map<String, long[]> positions = new LinkedHashMap<>(); // lang -> {epoch, cursor}
  double best;
  int badValidations;
  double learningRate;
  double scheduleBest;
  int scheduleBad;
  long adamStep;
  long seed;

  public long step() {
    return step;
  }

  public double best() {
    return best;
  }

  /** Epoch of a language (number of completed passes). */
  public long epoch(String lang) {
    long[] p = positions.get(lang);
    return p == null ? 0 : p[0];
  }

  Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("step", Long.toString(step));
    m.put("best", Double.toString(best));
    m.put("badValidations", Integer.toString(badValidations));
    m.put("learningRate", Double.toString(learningRate));
    m.put("scheduleBest", Double.toString(scheduleBest));
    m.put("scheduleBad", Integer.toString(scheduleBad));
    m.put("adamStep", Long.toString(adamStep));
    m.put("seed", Long.toString(seed));
    positions.forEach((k, v) -> m.put("position." + k, v[0] + "," + v[1]));
    return m;
  }

  static TrainerState fromMap(Map<String, String> m, String source) {
    TrainerState s = new TrainerState();
    try {
      s.step = Long.parseLong(req(m, "step", source));
      s.best = Double.parseDouble(req(m, "best", source));
      s.badValidations = Integer.parseInt(req(m, "badValidations", source));
      s.learningRate = Double.parseDouble(req(m, "learningRate", source));
      s.scheduleBest = Double.parseDouble(req(m, "scheduleBest", source));
      s.scheduleBad = Integer.parseInt(req(m, "scheduleBad", source));
      s.adamStep = Long.parseLong(req(m, "adamStep", source));
      s.seed = Long.parseLong(req(m, "seed", source));
      for (Map.Entry<String, String> e : m.entrySet()) {
        if (e.getKey().startsWith("position.")) {
          String[] p = e.getValue().split(",");
          s.positions.put(e.getKey().substring("position.".length()), new long[] {Long.parseLong(p[0]), Long.parseLong(p[1])});
        }
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new dev.s2s.common.UserException(source + ": corrupt trainer state " + m, e);
    }
    return s;
  }

  private static String req(Map<String, String> m, String key, String source) {
    String v = m.get(key);
    if (v == null) {
      throw new dev.s2s.common.UserException(source + ": checkpoint lacks trainer state key '" + key + "'");
    }
    return v;
  }
}

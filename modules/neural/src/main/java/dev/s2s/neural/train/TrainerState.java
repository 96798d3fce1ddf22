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
    StateFields f = new StateFields(m, source);
    TrainerState s = new TrainerState();
    s.step = f.longValue("step");
    s.best = f.doubleValue("best");
    s.badValidations = f.intValue("badValidations");
    s.learningRate = f.doubleValue("learningRate");
    s.scheduleBest = f.doubleValue("scheduleBest");
    s.scheduleBad = f.intValue("scheduleBad");
    s.adamStep = f.longValue("adamStep");
    s.seed = f.longValue("seed");
    s.positions.putAll(positions(f));
    return s;
  }

  /** Entries "position.LANG" = "epoch,cursor" (also used by the multi-task trainer's state). */
  public static Map<String, long[]> positions(StateFields f) {
    Map<String, long[]> out = new LinkedHashMap<>();
    f.withPrefix("position.").forEach((lang, v) -> {
      String[] p = v.split(",", -1);
      if (p.length != 2) {
        throw new dev.s2s.common.UserException(f.source() + ": trainer state key 'position." + lang + "' is '" + v
            + "', expected epoch,cursor");
      }
      out.put(lang, new long[] {f.parseLong("position." + lang, p[0]), f.parseLong("position." + lang, p[1])});
    });
    return out;
  }
}

package dev.s2s.neural.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything besides parameters and optimizer moments that exact resume needs: the update count,
 * per language its epoch and position in that epoch's batch order, the {@link ValidationHistory}. Random decisions are derived from (seed, counters), see {@link Seeds}.
 */
public final class TrainerState {
  long step;
  final Map<String, long[]> positions = new LinkedHashMap<>(); // lang -> {epoch, cursor}
  /** Zeros until a trainer starts it from its schedule (a parameters-only checkpoint keeps them). */
  ValidationHistory validations = ValidationHistory.unset();
  long adamStep;
  long seed;

  public long step() {
    return step;
  }

  public ValidationHistory validations() {
    return validations;
  }

  /** Epoch of a language (number of completed passes). */
  public long epoch(String lang) {
    long[] p = positions.get(lang);
    return p == null ? 0 : p[0];
  }

  Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("step", Long.toString(step));
    validations.write(m);
    m.put("adamStep", Long.toString(adamStep));
    m.put("seed", Long.toString(seed));
    positions.forEach((k, v) -> m.put("position." + k, v[0] + "," + v[1]));
    return m;
  }

  static TrainerState fromMap(Map<String, String> m, String source) {
    StateFields f = new StateFields(m, source);
    TrainerState s = new TrainerState();
    s.step = f.longValue("step");
    s.validations = ValidationHistory.read(f);
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

package dev.s2s.tasks.multitask;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.Param;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Adam optimizer over all parameters of the multi-task model, with its moments and step count
 * kept per parameter group (encoder, each decoder, the tagging head). An update steps only the
 * groups the sampled task used, as PyTorch's Adam skips parameters without a gradient: a tagging
 * update does not move the decoders by their momentum, nor a translation update the head.
 * Every parameter belongs to exactly one group.
 */
final class GroupedAdam {
  private final Map<String, Adam> groups = new LinkedHashMap<>();
  private final Map<String, List<Param>> params = new LinkedHashMap<>();

  GroupedAdam(Map<String, List<Param>> groupParams, double learningRate) {
    groupParams.forEach((name, ps) -> {
      groups.put(name, new Adam(ps, learningRate));
      params.put(name, List.copyOf(ps));
    });
  }

  /** The parameters of the named groups. */
  List<Param> params(Collection<String> names) {
    List<Param> out = new ArrayList<>();
    names.forEach(n -> out.addAll(group(n)));
    return out;
  }

  /** Applies one update to the named groups from their current gradients. */
  void step(Collection<String> names) {
    for (String n : names) {
      group(n);
      groups.get(n).step();
    }
  }

  void setLearningRate(double lr) {
    groups.values().forEach(a -> a.setLearningRate(lr));
  }

  /** Moments keyed "m/&lt;param&gt;", "v/&lt;param&gt;" (live arrays). */
  Map<String, org.nd4j.linalg.api.ndarray.INDArray> moments() {
    Map<String, org.nd4j.linalg.api.ndarray.INDArray> m = new LinkedHashMap<>();
    groups.values().forEach(a -> m.putAll(a.state()));
    return m;
  }

  /** Update counts per group. */
  Map<String, Long> stepCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    groups.forEach((n, a) -> m.put(n, a.stepCount()));
    return m;
  }

  /** Restores what {@link #moments()} and {@link #stepCounts()} exported. */
  void load(Map<String, org.nd4j.linalg.api.ndarray.INDArray> moments, Map<String, Long> steps, String source) {
    for (Map.Entry<String, Adam> e : groups.entrySet()) {
      Long count = steps.get(e.getKey());
      if (count == null) {
        throw new UserException(source + ": no optimizer step count for parameter group '" + e.getKey()
            + "' (has " + steps.keySet() + ")");
      }
      e.getValue().loadState(moments, count, source);
    }
  }

  private List<Param> group(String name) {
    List<Param> ps = params.get(name);
    if (ps == null) {
      throw new IllegalArgumentException("no parameter group '" + name + "' (have " + params.keySet() + ")");
    }
    return ps;
  }
}

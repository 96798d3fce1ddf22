package dev.s2s.neural.train;

import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.nn.Scratch;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An exponential moving average of a model's parameters during training (Polyak averaging; Marian's
 * {@code exponential-smoothing}, OpenNMT-py's {@code average_decay}). After update t (counted from
 * 1) every average moves towards its parameter: {@code avg = d_t avg + (1 - d_t) param} with {@code
 * d_t = min(decay, (1 + t) / (10 + t))}, so the first updates, far from where training goes, are
 * soon forgotten (TensorFlow's {@code ExponentialMovingAverage} with {@code num_updates}). The
 * averages start as copies of the initial parameters and have their shapes; validation, the best
 * checkpoint and decoding use them, while the optimizer goes on updating the parameters themselves.
 */
public final class ExponentialMovingAverage {
  private final double decay;
  private final List<Param> params;
  private final Map<String, INDArray> averages = new LinkedHashMap<>();

  /** @param decay the largest weight of the old average per update, 0 < decay < 1 */
  public ExponentialMovingAverage(ParamSet params, double decay) {
    if (!(decay > 0 && decay < 1)) {
      throw new IllegalArgumentException("moving-average decay " + decay + ", expected 0 < decay < 1");
    }
    this.decay = decay;
    this.params = params.list();
    Scratch.outside(() -> {
      for (Param p : this.params) {
        averages.put(p.name(), p.value().dup());
      }
      return null;
    });
  }

  /** The weight of the old average after update {@code update} (1 for the first). */
  public double decayAt(long update) {
    return Math.min(decay, (1.0 + update) / (10.0 + update));
  }

  /** Moves every average towards its parameter after update {@code update} (1 for the first). */
  public void update(long update) {
    double d = decayAt(update);
    for (Param p : params) {
      INDArray avg = averages.get(p.name());
      if (contiguousFloat(p.value()) && contiguousFloat(avg)) {
        updateFloat(avg, p.value(), (float) d);
      } else {
        avg.subi(p.value()).muli(d).addi(p.value());
      }
    }
  }

  private static boolean contiguousFloat(INDArray a) {
    return a.dataType() == DataType.FLOAT && !a.isView() && a.ordering() == 'c';
  }

  /** Elements per chunk of the float update (two float arrays of it stay in the L1/L2 cache). */
  private static final int CHUNK = 4096;

  /**
   * {@code avg = param + d (avg - param)} in one pass over float memory, in chunks copied into Java
   * arrays where the JIT vectorises the loop: about a third of the three ND4J operations' time on
   * the 12M parameters of the Multi30k attention model.
   */
  private static void updateFloat(INDArray avg, INDArray param, float d) {
    FloatBuffer a = avg.data().asNioFloat();
    FloatBuffer p = param.data().asNioFloat();
    int n = (int) avg.length();
    int chunk = Math.min(CHUNK, n);
    float[] aa = new float[chunk];
    float[] pa = new float[chunk];
    for (int from = 0; from < n; from += chunk) {
      int len = Math.min(chunk, n - from);
      a.get(from, aa, 0, len);
      p.get(from, pa, 0, len);
      for (int k = 0; k < len; k++) {
        aa[k] = pa[k] + d * (aa[k] - pa[k]);
      }
      a.put(from, aa, 0, len);
    }
  }

  /**
   * Runs {@code work} with the averages in the parameters' place, then puts the parameters back
   * exactly, also if {@code work} throws.
   */
  public <T> T withAverages(Supplier<T> work) {
    List<INDArray> saved = Scratch.outside(() -> {
      List<INDArray> copies = new ArrayList<>(params.size());
      for (Param p : params) {
        copies.add(p.value().dup());
      }
      return copies;
    });
    try {
      copyInto(params);
      return work.get();
    } finally {
      for (int i = 0; i < params.size(); i++) {
        params.get(i).value().assign(saved.get(i));
      }
    }
  }

  /** Writes the averages into the parameters of {@code target} (same names and shapes). */
  public void copyInto(List<Param> target) {
    for (Param p : target) {
      p.value().assign(averages.get(p.name()));
    }
  }

  /** Name -> live average, in parameter order (not copied), for checkpoints. */
  public Map<String, INDArray> values() {
    return Collections.unmodifiableMap(averages);
  }

  /** Restores averages read from a checkpoint; names and shapes are checked as for parameters. */
  public void load(Map<String, INDArray> arrays, String source) {
    ParamSet.assignInto(averages, arrays, source + " (moving averages)");
  }
}

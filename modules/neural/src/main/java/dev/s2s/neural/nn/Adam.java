package dev.s2s.neural.nn;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Adam (Kingma and Ba 2015) with the bias correction of PyTorch's implementation:
 * m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps).
 * The moments (same shapes as the params) and the step count are exported by {@link #state()} for
 * exact resume.
 */
public final class Adam extends RateAndCount {
  private final List<Param> params;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final INDArray[] m;
  private final INDArray[] v;

  public Adam(List<Param> params, double lr, double beta1, double beta2, double eps) {
    super(lr);
    this.params = List.copyOf(params);
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new INDArray[params.size()];
    this.v = new INDArray[params.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = Nd4j.zerosLike(params.get(i).value());
      v[i] = Nd4j.zerosLike(params.get(i).value());
    }
  }

  /** Adam with PyTorch defaults b1 = 0.9, b2 = 0.999, eps = 1e-8. */
  public Adam(List<Param> params, double lr) {
    this(params, lr, 0.9, 0.999, 1e-8);
  }

  @Override
  public String name() {
    return "adam";
  }

  /** Applies one update from the current gradients (does not zero them). */
  @Override
  public void step() {
    long step = countUpdate();
    double bc1 = 1 - Math.pow(beta1, step);
    double bc2 = 1 - Math.pow(beta2, step);
    double stepSize = learningRate() / bc1;
    double sqrtBc2 = Math.sqrt(bc2);
    for (int i = 0; i < m.length; i++) {
      INDArray g = params.get(i).grad();
      if (fusable(params.get(i).value(), g, m[i], v[i])) {
        updateFloat(params.get(i).value(), g, m[i], v[i], stepSize, sqrtBc2);
        continue;
      }
      m[i].muli(beta1).addi(g.mul(1 - beta1));
      v[i].muli(beta2).addi(g.mul(g).muli(1 - beta2));
      INDArray denom = Transforms.sqrt(v[i], true).divi(sqrtBc2).addi(eps);
      params.get(i).value().subi(m[i].div(denom).muli(stepSize));
    }
  }

  private static boolean fusable(INDArray... arrays) {
    for (INDArray a : arrays) {
      if (a.dataType() != DataType.FLOAT || a.isView() || a.ordering() != 'c') {
        return false;
      }
    }
    return true;
  }

  /** Elements per chunk of the float update (four float arrays of it stay in the L1/L2 cache). */
  private static final int CHUNK = 4096;

  /**
   * The same update as the ND4J path, in one pass over float memory: chunks are copied into Java
   * arrays, where the JIT vectorises the loop (2-2.5x faster than element-wise buffer access with a
   * double square root, measured on 8.4M parameters), and copied back.
   */
  private void updateFloat(INDArray value, INDArray grad, INDArray mean, INDArray var, double stepSize, double sqrtBc2) {
    FloatBuffer w = floats(value);
    FloatBuffer g = floats(grad);
    FloatBuffer mb = floats(mean);
    FloatBuffer vb = floats(var);
    float b1 = (float) beta1;
    float b2 = (float) beta2;
    float c1 = (float) (1 - beta1);
    float c2 = (float) (1 - beta2);
    float step = (float) stepSize;
    float invSqrtBc2 = (float) (1 / sqrtBc2);
    float e = (float) eps;
    int n = (int) value.length();
    int chunk = Math.min(CHUNK, n);
    float[] wa = new float[chunk];
    float[] ga = new float[chunk];
    float[] ma = new float[chunk];
    float[] va = new float[chunk];
    for (int from = 0; from < n; from += chunk) {
      int len = Math.min(chunk, n - from);
      w.get(from, wa, 0, len);
      g.get(from, ga, 0, len);
      mb.get(from, ma, 0, len);
      vb.get(from, va, 0, len);
      for (int k = 0; k < len; k++) {
        float gk = ga[k];
        float mk = b1 * ma[k] + c1 * gk;
        float vk = b2 * va[k] + c2 * gk * gk;
        ma[k] = mk;
        va[k] = vk;
        wa[k] -= step * mk / ((float) Math.sqrt(vk) * invSqrtBc2 + e);
      }
      w.put(from, wa, 0, len);
      mb.put(from, ma, 0, len);
      vb.put(from, va, 0, len);
    }
  }

  private static FloatBuffer floats(INDArray a) {
    return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
  }

  /** Moments keyed "m/<param>" and "v/<param>" (live arrays, not copies). */
  @Override
  public Map<String, INDArray> state() {
    Map<String, INDArray> s = new LinkedHashMap<>();
    for (int i = 0; i < m.length; i++) {
      s.put("m/" + params.get(i).name(), m[i]);
      s.put("v/" + params.get(i).name(), v[i]);
    }
    return s;
  }

  /** Restores moments and step count exported by {@link #state()} / {@link #stepCount()}. */
  @Override
  public void loadState(Map<String, INDArray> state, long stepCount, String source) {
    for (int i = 0; i < m.length; i++) {
      copy(state, "m/" + params.get(i).name(), m[i], source);
      copy(state, "v/" + params.get(i).name(), v[i], source);
    }
    restoreCount(stepCount);
  }

  private static void copy(Map<String, INDArray> state, String key, INDArray into, String source) {
    INDArray a = state.get(key);
    if (a == null || !java.util.Arrays.equals(a.shape(), into.shape())) {
      throw new dev.s2s.common.UserException(source + ": optimizer state '" + key + "' "
          + (a == null ? "is missing" : "has shape " + java.util.Arrays.toString(a.shape()))
          + ", expected shape " + java.util.Arrays.toString(into.shape()));
    }
    into.assign(a);
  }
}

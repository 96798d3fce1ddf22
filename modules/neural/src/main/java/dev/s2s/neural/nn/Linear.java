package dev.s2s.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Affine map y = x W + b with W [in, out], b [1, out] (bias optional); x [n, in], y [n, out]. The
 * forward cache is the input itself, so backward takes it back.
 */
public final class Linear {
  private final Param weight;
  private final Param bias;
  private final int in;
  private final int out;

  public Linear(String name, int in, int out, boolean withBias, DataType dataType, SplittableRandom rnd) {
    this.in = in;
    this.out = out;
    this.weight = new Param(name + ".W", Nd4j.zeros(dataType, in, out));
    Init.xavierUniform(weight.value(), rnd);
    this.bias = withBias ? new Param(name + ".b", Nd4j.zeros(dataType, 1, out)) : null;
  }

  public Param weight() {
    return weight;
  }

  /** The bias, or null if this layer has none. */
  public Param bias() {
    return bias;
  }

  public List<Param> params() {
    List<Param> ps = new ArrayList<>();
    ps.add(weight);
    if (bias != null) {
      ps.add(bias);
    }
    return ps;
  }

  public int inputSize() {
    return in;
  }

  public int outputSize() {
    return out;
  }

  /** y [n, out] for x [n, in]. */
  public INDArray forward(INDArray x) {
    Shapes.require("linear input", x, -1, in);
    INDArray y = Blas.mmul(x, weight.value());
    if (bias != null) {
      y.addiRowVector(bias.value());
    }
    return y;
  }

  /**
   * Adds dW = x^T dY and db = sum_n dY into the gradients and returns dX = dY W^T [n, in]
   * ({@code needInputGrad} false returns null).
   */
  public INDArray backward(INDArray x, INDArray dY, boolean needInputGrad) {
    Shapes.require("linear output gradient", dY, x.size(0), out);
    Blas.gemm(x, true, dY, false, weight.grad(), 1.0, 1.0);
    if (bias != null) {
      bias.grad().addi(dY.sum(true, 0));
    }
    return needInputGrad ? Blas.mmul(dY, false, weight.value(), true) : null;
  }
}

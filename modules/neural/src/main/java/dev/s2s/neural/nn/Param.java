package dev.s2s.neural.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trainable tensor with its gradient accumulator. Layers add into {@link #grad()} during
 * backward; the optimizer reads it and {@link #zeroGrad()} clears it. The name is the key under
 * which the value is checkpointed ("encoder.rnn0.fwd.W", "decoder.de.out.b", ...), unique within
 * a model.
 */
public final class Param {
  private final String name;
  private final INDArray value;
  private final INDArray grad;

  public Param(String name, INDArray value) {
    this.name = name;
    this.value = value;
    this.grad = org.nd4j.linalg.factory.Nd4j.zerosLike(value);
  }

  public String name() {
    return name;
  }

  /** The live value (updated in place by the optimizer). */
  public INDArray value() {
    return value;
  }

  /** The accumulated gradient, same shape as {@link #value()}. */
  public INDArray grad() {
    return grad;
  }

  public void zeroGrad() {
    grad.assign(0);
  }

  @Override
  public String toString() {
    return name + java.util.Arrays.toString(value.shape());
  }
}

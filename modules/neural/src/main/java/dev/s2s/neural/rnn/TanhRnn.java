package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Init;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Elman RNN with tanh: h_t = tanh(x_t Wx + h_{t-1} U + b); U initialised orthogonal. */
public final class TanhRnn extends ElmanCell {
  public TanhRnn(String name, int in, int hidden, DataType dataType, SplittableRandom rnd) {
    super(name, in, hidden, dataType, rnd);
    Init.orthogonal(u.value(), 1.0, rnd);
  }

  @Override
  void activate(INDArray pre) {
    Transforms.tanh(pre, false);
  }

  @Override
  void derivative(INDArray d, INDArray out) {
    d.muli(out.mul(out).rsubi(1)); // 1 - tanh^2
  }
}

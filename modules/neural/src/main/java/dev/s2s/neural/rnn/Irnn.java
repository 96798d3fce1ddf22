package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Init;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * IRNN (Le, Jaitly and Hinton 2015): h_t = relu(x_t Wx + h_{t-1} U + b) with U initialised to
 * {@code scale} times the identity and b to zero.
 */
public final class Irnn extends ElmanCell {
  public Irnn(String name, int in, int hidden, double scale, DataType dataType, SplittableRandom rnd) {
    super(name, in, hidden, dataType, rnd);
    Init.identity(u.value(), scale);
  }

  @Override
  void activate(INDArray pre) {
    Transforms.relu(pre, false);
  }

  @Override
  void derivative(INDArray d, INDArray out) {
    d.muli(out.gt(0).castTo(d.dataType()));
  }
}

package dev.s2s.neural.nn;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Plain stochastic gradient descent, p -= lr * g, without momentum: the optimizer of Zaremba et al.
 * (2014) and of PyTorch's word-language-model example (lr 20 on the per-token loss with the
 * gradient clipped to norm 0.25, lr divided when dev perplexity stops improving). Stateless besides
 * the update count.
 */
public final class Sgd extends RateAndCount {
  private final List<Param> params;

  public Sgd(List<Param> params, double lr) {
    super(lr);
    this.params = List.copyOf(params);
  }

  @Override
  public String name() {
    return "sgd";
  }

  @Override
  public void step() {
    countUpdate();
    double lr = learningRate();
    for (Param p : params) {
      INDArray value = p.value();
      INDArray grad = p.grad();
      if (value.isView() || grad.isView() || value.ordering() != grad.ordering()) {
        value.subi(grad.mul(lr));
      } else {
        Nd4j.getBlasWrapper().level1().axpy(value.length(), -lr, grad, value);
      }
    }
  }

  @Override
  public Map<String, INDArray> state() {
    return Map.of();
  }

  @Override
  public void loadState(Map<String, INDArray> state, long stepCount, String source) {
    restoreCount(stepCount);
  }
}

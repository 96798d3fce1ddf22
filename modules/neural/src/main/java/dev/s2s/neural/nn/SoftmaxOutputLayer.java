package dev.s2s.neural.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Full softmax output: logits = hidden W + b with W [inputSize, vocab]. */
public final class SoftmaxOutputLayer implements OutputLayer {
  private final Linear proj;

  public SoftmaxOutputLayer(String name, int inputSize, int vocab, DataType dataType, SplittableRandom rnd) {
    this.proj = new Linear(name, inputSize, vocab, true, dataType, rnd);
  }

  @Override
  public int inputSize() {
    return proj.inputSize();
  }

  @Override
  public int vocabSize() {
    return proj.outputSize();
  }

  @Override
  public List<Param> params() {
    return proj.params();
  }

  @Override
  public Loss loss(INDArray hidden, int[] targets, float[] mask) {
    return SoftmaxCrossEntropy.forward(proj.forward(hidden), targets, mask)
        .asLoss(dLogits -> proj.backward(hidden, dLogits, true));
  }

  @Override
  public INDArray logProbs(INDArray hidden) {
    Shapes.require("output layer input", hidden, -1, proj.inputSize());
    return LogSoftmax.inPlace(Blas.mmul(hidden, proj.weight().value()), proj.bias().value());
  }

  @Override
  public void logProbs(INDArray hidden, ScoreRows into) {
    Shapes.require("output layer input", hidden, -1, proj.inputSize());
    LogSoftmax.into(Blas.mmul(hidden, proj.weight().value()), proj.bias().value(), into);
  }
}

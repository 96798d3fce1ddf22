package dev.s2s.neural.nn;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Full softmax whose weight matrix is the input embedding table (weight tying, Press and Wolf 2017;
 * Inan et al. 2017): logits = hidden E^T + b with E [vocab, inputSize] the embedding's weight and b
 * [1, vocab] this layer's own bias. Backward adds dY^T hidden into E's gradient, on top of what the
 * embedding itself adds, so the shared table receives both gradients. {@link #params()} lists only
 * the bias: E belongs to the embedding.
 */
public final class TiedSoftmaxOutputLayer implements OutputLayer {
  /**
   * Initial range of a tied embedding table, +-0.1 as in PyTorch's word_language_model: the table is
   * also the output matrix, where unit-variance rows would start the softmax far from uniform.
   */
  public static final double TABLE_INIT_BOUND = 0.1;

  private final Param table;
  private final Param bias;

  /**
   * @param name parameter name prefix (the bias is {@code name + ".b"})
   * @param table the embedding weight [vocab, inputSize] that doubles as the output matrix
   */
  public TiedSoftmaxOutputLayer(String name, Param table, DataType dataType) {
    if (table.value().rank() != 2) {
      throw new IllegalArgumentException("tied output needs a [vocab, dim] table, got " + table);
    }
    this.table = table;
    this.bias = new Param(name + ".b", Nd4j.zeros(dataType, 1, table.value().size(0)));
  }

  @Override
  public int inputSize() {
    return (int) table.value().size(1);
  }

  @Override
  public int vocabSize() {
    return (int) table.value().size(0);
  }

  @Override
  public List<Param> params() {
    return List.of(bias);
  }

  @Override
  public Loss loss(INDArray hidden, int[] targets, float[] mask) {
    INDArray logits = logits(hidden);
    logits.addiRowVector(bias.value());
    return SoftmaxCrossEntropy.forward(logits, targets, mask).asLoss(dLogits -> {
      Blas.gemm(dLogits, true, hidden, false, table.grad(), 1.0, 1.0);
      bias.grad().addi(dLogits.sum(true, 0));
      return Blas.mmul(dLogits, table.value());
    });
  }

  @Override
  public INDArray logProbs(INDArray hidden) {
    return LogSoftmax.inPlace(logits(hidden), bias.value());
  }

  @Override
  public void logProbs(INDArray hidden, ScoreRows into) {
    LogSoftmax.into(logits(hidden), bias.value(), into);
  }

  /** hidden E^T [n, vocab], without the bias. */
  private INDArray logits(INDArray hidden) {
    Shapes.require("tied output layer input", hidden, -1, inputSize());
    return Blas.mmul(hidden, false, table.value(), true);
  }
}

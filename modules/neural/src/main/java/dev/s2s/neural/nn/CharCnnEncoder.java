package dev.s2s.neural.nn;

import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Character-level word features (Ma and Hovy 2016 style): character embeddings {@code [numChars,
 * charDim]}, one convolution of width w with F filters over each word's characters ("same"
 * padding with the {@link #PAD} character, so a word of n characters has n windows), tanh, and
 * max-pooling over the word's windows, giving one {@code [F]} vector per word.
 *
 * <p>Parameters: embedding {@code [numChars, charDim]} (row {@link #PAD} is the padding character),
 * filters {@code [w * charDim, F]}, bias {@code [1, F]}. Input: one int[] of character ids per word
 * (an empty word is read as a single PAD); output {@code [words, F]}.
 */
public final class CharCnnEncoder {
  /** Id of the padding character. */
  public static final int PAD = 0;

  private final Embedding embedding;
  private final Param filters;
  private final Param bias;
  private final int charDim;
  private final int numFilters;
  private final int window;

  /**
   * @param numChars character vocabulary size including PAD
   * @param charDim character embedding size
   * @param numFilters F, the output size
   * @param window convolution width w (characters per window)
   */
  public CharCnnEncoder(
      String name, int numChars, int charDim, int numFilters, int window, DataType dataType,
      SplittableRandom rnd) {
    if (window < 1 || numFilters < 1 || charDim < 1) {
      throw new IllegalArgumentException(
          "char CNN sizes must be >= 1: window " + window + ", filters " + numFilters + ", charDim " + charDim);
    }
    this.embedding = new Embedding(name + ".emb", numChars, charDim, dataType, rnd);
    this.filters = new Param(name + ".W", Nd4j.zeros(dataType, (long) window * charDim, numFilters));
    Init.xavierUniform(filters.value(), rnd);
    this.bias = new Param(name + ".b", Nd4j.zeros(dataType, 1, numFilters));
    this.charDim = charDim;
    this.numFilters = numFilters;
    this.window = window;
  }

  public int outputSize() {
    return numFilters;
  }

  /** Embedding [numChars, charDim], filters [w * charDim, F], bias [1, F]. */
  public List<Param> params() {
    return List.of(embedding.weight(), filters, bias);
  }

  /** Forward result: features {@code [words, F]} and the caches for backward. */
  public static final class Forward {
    private final INDArray output;
    final int[] windowIds; // [words * L * w] char ids of every window position
    final INDArray windows; // [words * L, w * charDim]
    final double[] activations; // tanh outputs [words * L * F], row-major
    final int[] argmax; // [words * F] window index of each max
    final int maxLength;

    Forward(INDArray output, int[] windowIds, INDArray windows, double[] activations, int[] argmax, int maxLength) {
      this.output = output;
      this.windowIds = windowIds;
      this.windows = windows;
      this.activations = activations;
      this.argmax = argmax;
      this.maxLength = maxLength;
    }

    /** {@code [words, F]} */
    public INDArray output() {
      return output;
    }
  }

  /** Features of each word; {@code words[i]} holds the character ids of word i. */
  public Forward forward(int[][] words) {
    int n = words.length;
    int maxLen = 1;
    for (int[] w : words) {
      maxLen = Math.max(maxLen, w.length);
    }
    int left = (window - 1) / 2;
    int[] ids = new int[n * maxLen * window];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < maxLen; j++) {
        for (int k = 0; k < window; k++) {
          int pos = j + k - left;
          ids[(i * maxLen + j) * window + k] =
              pos >= 0 && pos < words[i].length ? words[i][pos] : PAD;
        }
      }
    }
    INDArray windows = embedding.forward(ids).reshape('c', (long) n * maxLen, (long) window * charDim);
    INDArray act = Transforms.tanh(Blas.mmul(windows, filters.value()).addiRowVector(bias.value()), false);
    double[] a = act.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] out = new double[n * numFilters];
    int[] argmax = new int[n * numFilters];
    for (int i = 0; i < n; i++) {
      int valid = Math.max(1, words[i].length);
      for (int f = 0; f < numFilters; f++) {
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < valid; j++) {
          double v = a[(i * maxLen + j) * numFilters + f];
          if (v > bestValue) {
            bestValue = v;
            best = j;
          }
        }
        out[i * numFilters + f] = bestValue;
        argmax[i * numFilters + f] = best;
      }
    }
    INDArray output = Nd4j.create(out, new long[] {n, numFilters}, DataType.DOUBLE).castTo(filters.value().dataType());
    return new Forward(output, ids, windows, a, argmax, maxLen);
  }

  /** Adds the gradients of all parameters for {@code dOutput [words, F]}. */
  public void backward(Forward f, INDArray dOutput) {
    int n = f.argmax.length / numFilters;
    Shapes.require("char CNN output gradient", dOutput, n, numFilters);
    double[] d = dOutput.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] dPre = new double[n * f.maxLength * numFilters];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < numFilters; k++) {
        int at = (i * f.maxLength + f.argmax[i * numFilters + k]) * numFilters + k;
        double y = f.activations[at];
        dPre[at] = d[i * numFilters + k] * (1 - y * y);
      }
    }
    DataType dt = filters.value().dataType();
    INDArray dp = Nd4j.create(dPre, new long[] {(long) n * f.maxLength, numFilters}, DataType.DOUBLE).castTo(dt);
    Blas.gemm(f.windows, true, dp, false, filters.grad(), 1.0, 1.0);
    bias.grad().addi(dp.sum(true, 0));
    INDArray dWindows = Blas.mmul(dp, false, filters.value(), true);
    embedding.backward(f.windowIds, dWindows.reshape('c', (long) f.windowIds.length, charDim));
  }
}

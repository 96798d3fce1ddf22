package dev.s2s.neural.nn;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Character-level word features (Ma and Hovy 2016 style): character embeddings {@code [numChars,
 * charDim]}, one convolution of width w with F filters over each word's characters ("same"
 * padding with the {@link #PAD} character, so a word of n characters has n windows), tanh, and
 * max-pooling over the word's windows, giving one {@code [F]} vector per word. Because tanh is
 * increasing, the max is taken over the pre-activations and tanh applied to the [words, F] result
 * only (the same function, without a tanh over every padded window).
 *
 * <p>Parameters: embedding {@code [numChars, charDim]} (row {@link #PAD} is the padding character),
 * filters {@code [w * charDim, F]}, bias {@code [1, F]}. Input: one int[] of character ids per word
 * (an empty word is read as a single PAD); output {@code [words, F]}.
 */
public final class CharCnnEncoder {
  /** Character embeddings start uniform in +-0.1 (as the tagger's word embeddings). */
  static final double EMBEDDING_INIT_BOUND = 0.1;

  /** Id of the padding character. */
  public static final int PAD = 0;

  private final Embedding embedding;
  private final Param filters;
  private final Param bias;
  private final int charDim;
  private final int numFilters;
  private final int window;
  private WeightSnapshot tableWeights;
  private WindowTable table;

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
    this.embedding = new Embedding(name + ".emb", numChars, charDim, EMBEDDING_INIT_BOUND, dataType, rnd);
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
    final int[] windowIds; // [positions * w] char ids of every window (positions = sum of word lengths)
    final INDArray windows; // [positions, w * charDim]
    final double[] pooled; // tanh of the pooled maxima [words * F], row-major
    final int[] argmax; // [words * F] window row (into windows) of each max
    final int positions;

    Forward(INDArray output, int[] windowIds, INDArray windows, double[] pooled, int[] argmax, int positions) {
      this.output = output;
      this.windowIds = windowIds;
      this.windows = windows;
      this.pooled = pooled;
      this.argmax = argmax;
      this.positions = positions;
    }

    /** {@code [words, F]} */
    public INDArray output() {
      return output;
    }
  }

  /** Features of each word; {@code words[i]} holds the character ids of word i. */
  public Forward forward(int[][] words) {
    int n = words.length;
    int[] start = windowStarts(words);
    int positions = start[n];
    int[] ids = windowIds(words, start);
    INDArray windows = embedding.forward(ids).reshape('c', positions, (long) window * charDim);
    INDArray pre = preActivations(windows);
    PreActivations a = PreActivations.of(pre);
    double[] out = new double[n * numFilters];
    int[] argmax = new int[n * numFilters];
    double[] row = new double[numFilters];
    for (int i = 0; i < n; i++) {
      int o = i * numFilters;
      Arrays.fill(out, o, o + numFilters, Double.NEGATIVE_INFINITY);
      Arrays.fill(argmax, o, o + numFilters, start[i]);
      for (int r = start[i]; r < start[i + 1]; r++) { // row by row: the maxima of all filters at once
        a.readRow(r, row);
        for (int f = 0; f < numFilters; f++) {
          if (row[f] > out[o + f]) {
            out[o + f] = row[f];
            argmax[o + f] = r;
          }
        }
      }
      for (int f = o; f < o + numFilters; f++) {
        out[f] = Activations.tanh(out[f]);
      }
    }
    return new Forward(outputOf(out, n), ids, windows, out, argmax, positions);
  }

  /**
   * The same features as {@code forward(words).output()} (up to float rounding), for inference;
   * see {@link #writeFeatures}.
   */
  public INDArray features(int[][] words) {
    if (filters.value().dataType() != DataType.FLOAT) {
      return forward(words).output();
    }
    float[] out = new float[words.length * numFilters];
    writeFeatures(words, out, numFilters, 0);
    return Nd4j.create(out, new long[] {words.length, numFilters}, 'c');
  }

  /**
   * For inference with FLOAT weights: writes the F features of word i to {@code dst[i * rowStride +
   * offset ...]}. A window's pre-activation is the bias plus, for each window slot k, row c_k of the
   * table E W_k (W_k = filter rows k charDim ..< (k + 1) charDim), so a character position costs w F
   * additions instead of the w charDim F multiply-adds of {@code forward}'s product; the table
   * [numChars, w F] is rebuilt whenever the weights change ({@link WeightSnapshot}).
   */
  public void writeFeatures(int[][] words, float[] dst, int rowStride, int offset) {
    WindowTable t = windowTable();
    int left = (window - 1) / 2;
    float[] best = new float[numFilters];
    float[] pre = new float[numFilters];
    for (int i = 0; i < words.length; i++) {
      int[] w = words[i];
      Arrays.fill(best, Float.NEGATIVE_INFINITY);
      for (int j = 0; j < Math.max(1, w.length); j++) {
        t.preActivations(w, j - left, pre);
        for (int f = 0; f < numFilters; f++) {
          best[f] = Math.max(best[f], pre[f]);
        }
      }
      int o = i * rowStride + offset;
      for (int f = 0; f < numFilters; f++) {
        dst[o + f] = (float) Activations.tanh(best[f]);
      }
    }
  }

  private synchronized WindowTable windowTable() {
    if (tableWeights == null) {
      tableWeights = new WeightSnapshot(embedding.weight(), filters, bias);
    }
    if (table == null || !tableWeights.isCurrent()) {
      INDArray[] w = tableWeights.take(); // E [numChars, charDim], filters [w charDim, F], bias [1, F]
      INDArray byDim = w[1].reshape('c', window, charDim, numFilters).permute(1, 0, 2).dup('c')
          .reshape('c', charDim, (long) window * numFilters);
      table = new WindowTable(Blas.mmul(w[0], byDim).data().asFloat(), w[2].data().asFloat(), window, numFilters);
    }
    return table;
  }

  /** Rows c of E W_k side by side ([numChars, w F], row-major) and the bias [F]. */
  private record WindowTable(float[] rows, float[] bias, int window, int numFilters) {
    /** Writes the pre-activations [F] of the window whose first slot is character {@code from} of word. */
    void preActivations(int[] word, int from, float[] pre) {
      System.arraycopy(bias, 0, pre, 0, numFilters);
      for (int k = 0; k < window; k++) {
        int pos = from + k;
        int c = pos >= 0 && pos < word.length ? word[pos] : PAD;
        int at = c * window * numFilters + k * numFilters;
        for (int f = 0; f < numFilters; f++) {
          pre[f] += rows[at + f];
        }
      }
    }
  }

  /** Window rows of word i: [start[i], start[i + 1]), one per character (one PAD window for an empty word). */
  private static int[] windowStarts(int[][] words) {
    int[] start = new int[words.length + 1];
    for (int i = 0; i < words.length; i++) {
      start[i + 1] = start[i] + Math.max(1, words[i].length);
    }
    return start;
  }

  /** The character ids of every window, [positions * w], PAD beyond the word's ends. */
  private int[] windowIds(int[][] words, int[] start) {
    int left = (window - 1) / 2;
    int[] ids = new int[start[words.length] * window];
    for (int i = 0; i < words.length; i++) {
      for (int j = 0; j < start[i + 1] - start[i]; j++) {
        for (int k = 0; k < window; k++) {
          int pos = j + k - left;
          ids[(start[i] + j) * window + k] = pos >= 0 && pos < words[i].length ? words[i][pos] : PAD;
        }
      }
    }
    return ids;
  }

  /** Convolution pre-activations {@code [positions, F]} of the embedded windows. */
  private INDArray preActivations(INDArray windows) {
    return Blas.mmul(windows, filters.value()).addiRowVector(bias.value());
  }

  /** {@code [words, F]} in the filters' data type (floats rounded from the doubles directly). */
  private INDArray outputOf(double[] out, int n) {
    DataType dt = filters.value().dataType();
    if (dt != DataType.FLOAT) {
      return Nd4j.create(out, new long[] {n, numFilters}, DataType.DOUBLE).castTo(dt);
    }
    float[] f = new float[out.length];
    for (int i = 0; i < f.length; i++) {
      f[i] = (float) out[i];
    }
    return Nd4j.create(f, new long[] {n, numFilters}, 'c');
  }

  /** Row-major read access to the pre-activations [positions, F], one row at a time. */
  private interface PreActivations {
    void readRow(int row, double[] dst);

    static PreActivations of(INDArray pre) {
      if (FloatBlock.fits(pre)) {
        FloatBlock b = FloatBlock.of(pre);
        float[] tmp = new float[b.cols()];
        return (r, dst) -> {
          b.readRow(r, 0, tmp, 0, tmp.length);
          for (int c = 0; c < tmp.length; c++) {
            dst[c] = tmp[c];
          }
        };
      }
      double[] d = Shapes.doubles(pre);
      int cols = (int) pre.size(1);
      return (r, dst) -> System.arraycopy(d, r * cols, dst, 0, cols);
    }
  }

  /** Adds the gradients of all parameters for {@code dOutput [words, F]}. */
  public void backward(Forward f, INDArray dOutput) {
    int n = f.argmax.length / numFilters;
    Shapes.require("char CNN output gradient", dOutput, n, numFilters);
    double[] d = Shapes.doubles(dOutput);
    double[] dPre = new double[f.positions * numFilters];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < numFilters; k++) {
        int at = f.argmax[i * numFilters + k] * numFilters + k;
        double y = f.pooled[i * numFilters + k];
        dPre[at] = d[i * numFilters + k] * (1 - y * y);
      }
    }
    DataType dt = filters.value().dataType();
    INDArray dp = Nd4j.create(dPre, new long[] {f.positions, numFilters}, DataType.DOUBLE).castTo(dt);
    Blas.gemm(f.windows, true, dp, false, filters.grad(), 1.0, 1.0);
    bias.grad().addi(dp.sum(true, 0));
    INDArray dWindows = Blas.mmul(dp, false, filters.value(), true);
    embedding.backward(f.windowIds, dWindows.reshape('c', (long) f.windowIds.length, charDim));
  }
}

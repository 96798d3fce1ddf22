package dev.s2s.neural.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Class-factored softmax output layer (Mikolov et al. 2011): P(w | h) = P(c(w) | h) * P(w | c(w),
 * h), where the class distribution is a softmax over C classes and the word distribution a softmax
 * over the words of class c(w) only. With frequency-binned classes a training step costs about
 * H * (C + V / C) per token instead of H * V.
 *
 * <p>Parameters: class layer {@code W [H, C]}, {@code b [1, C]} (a {@link Linear}); word layer
 * {@code wordW [V, H]} and {@code wordB [1, V]}, whose rows/columns are stored in class order (all
 * words of class 0 in {@link WordClasses#wordsOf} order, then class 1, ...), so class c's word layer
 * is the contiguous row block {@code wordW[start_c : start_c + |c|]} ({@link #rowOf(int)}).
 *
 * <p>Inputs are flat: hidden {@code [n, H]} (for time-major {@code [T, B, H]} reshape to {@code [T *
 * B, H]}), one target id per row, and an optional mask of n entries (1 real, 0 padding).
 *
 * <p>Implementation: the class softmax is INDArray ops (one [n, H] x [H, C] product). The word
 * part groups the examples of a batch by target class and works on each group's small [m, |c|]
 * table with plain Java loops reading the parameter memory directly ({@link DirectElements}):
 * with ~100 classes, per-class INDArray ops would spend more time in dispatch than in arithmetic.
 * Groups run in parallel on the common fork-join pool; each writes disjoint memory (its own
 * weight rows, biases and example rows), so results do not depend on scheduling.
 */
public final class ClassBasedSoftmax implements OutputLayer {
  private final WordClasses classes;
  private final int hiddenSize;
  private final DataType dataType;
  private final Linear classLayer;
  private final Param wordWeight;
  private final Param wordBias;
  private final int[] classStart;
  private final int[] position; // word id -> row of wordW
  private final int[] column; // word id -> column within its class

  /**
   * @param name parameter name prefix ("lm.out")
   * @param hiddenSize H, the size of the hidden states scored
   * @param classes the word-class partition (V and C come from it)
   * @param dataType type of the parameters and computations
   * @param rnd seeded initialiser source
   */
  public ClassBasedSoftmax(
      String name, int hiddenSize, WordClasses classes, DataType dataType, SplittableRandom rnd) {
    if (hiddenSize < 1) {
      throw new IllegalArgumentException("hiddenSize must be >= 1, got " + hiddenSize);
    }
    this.classes = classes;
    this.hiddenSize = hiddenSize;
    this.dataType = dataType;
    int v = classes.vocabSize();
    int c = classes.numClasses();
    this.classLayer = new Linear(name + ".class", hiddenSize, c, true, dataType, rnd);
    this.wordWeight = new Param(name + ".wordW", Nd4j.zeros(dataType, v, hiddenSize));
    Init.uniform(wordWeight.value(), Math.sqrt(6.0 / (hiddenSize + v)), rnd);
    this.wordBias = new Param(name + ".wordB", Nd4j.zeros(dataType, 1, v));
    this.classStart = new int[c + 1];
    this.position = new int[v];
    this.column = new int[v];
    int row = 0;
    for (int k = 0; k < c; k++) {
      classStart[k] = row;
      for (int i = 0; i < classes.classSize(k); i++) {
        int w = classes.word(k, i);
        position[w] = row;
        column[w] = i;
        row++;
      }
    }
    classStart[c] = row;
  }

  public WordClasses classes() {
    return classes;
  }

  @Override
  public int inputSize() {
    return hiddenSize;
  }

  @Override
  public int vocabSize() {
    return classes.vocabSize();
  }

  /** Class W [H, C], class b [1, C], wordW [V, H] (class-ordered rows), wordB [1, V]. */
  @Override
  public List<Param> params() {
    List<Param> ps = new ArrayList<>(classLayer.params());
    ps.add(wordWeight);
    ps.add(wordBias);
    return ps;
  }

  public Linear classLayer() {
    return classLayer;
  }

  public Param wordWeight() {
    return wordWeight;
  }

  public Param wordBias() {
    return wordBias;
  }

  /** Row of {@link #wordWeight()} (and column of {@link #wordBias()}) holding word {@code word}. */
  public int rowOf(int word) {
    return position[word];
  }

  /**
   * Scores {@code targets} under the model.
   *
   * @param hidden {@code [n, H]}
   * @param targets n word ids (entries where the mask is 0 are ignored)
   * @param mask n entries of 1 (real) or 0 (padding); null = all real
   */
  public ClassSoftmaxForward forward(INDArray hidden, int[] targets, float[] mask) {
    Shapes.require("class softmax hidden", hidden, -1, hiddenSize);
    int n = (int) hidden.size(0);
    double[] m = maskValues(mask, n);
    if (targets.length != n) {
      throw new IllegalArgumentException("targets has " + targets.length + " entries, hidden has " + n + " rows");
    }
    int numClasses = classes.numClasses();
    int[] targetClass = new int[n];
    int[] perClass = new int[numClasses];
    for (int i = 0; i < n; i++) {
      if (m[i] != 0) {
        checkWord(targets[i], i);
        targetClass[i] = classes.classOf(targets[i]);
        perClass[targetClass[i]]++;
      }
    }
    INDArray classLogProbs = Nd4j.exec(new LogSoftMax(classLayer.forward(hidden), 1))[0];
    double[] clp = Shapes.doubles(classLogProbs);
    int[] sorted = groupByClass(targetClass, m, perClass);
    double[] h = Shapes.doubles(hidden);
    double[] bias = Shapes.doubles(wordBias.value());
    DirectElements w = DirectElements.of(wordWeight.value());
    double[] logProbs = new double[n];
    Arrays.fill(logProbs, Double.NaN);
    List<int[]> members = new ArrayList<>();
    List<Integer> present = new ArrayList<>();
    int offset = 0;
    for (int c = 0; c < numClasses; c++) {
      if (perClass[c] > 0) {
        present.add(c);
        members.add(Arrays.copyOfRange(sorted, offset, offset + perClass[c]));
        offset += perClass[c];
      }
    }
    // groups read shared inputs and write disjoint entries of logProbs: parallel and deterministic
    List<ClassSoftmaxForward.ClassGroup> groups = java.util.stream.IntStream.range(0, present.size())
        .parallel()
        .mapToObj(g -> forwardClass(present.get(g), members.get(g), targets, h, bias, w, clp, logProbs))
        .toList();
    return new ClassSoftmaxForward(this, logProbs, m, hidden, h, classLogProbs, targetClass, groups);
  }

  /**
   * Adds scale * d(nll)/d(parameters) into the gradients and returns scale * d(nll)/d(hidden)
   * {@code [n, H]} (zero rows where masked out).
   */
  public INDArray backward(ClassSoftmaxForward f, double scale) {
    int n = (int) f.hidden.size(0);
    int numClasses = classes.numClasses();
    double[] dClass = Shapes.doubles(f.classLogProbs);
    for (int i = 0; i < n; i++) {
      int base = i * numClasses;
      for (int k = base; k < base + numClasses; k++) {
        dClass[k] = f.mask[i] == 0 ? 0 : Math.exp(dClass[k]) * scale;
      }
      if (f.mask[i] != 0) {
        dClass[base + f.targetClass[i]] -= scale;
      }
    }
    INDArray dHidden = classLayer.backward(f.hidden, create(dClass, n, numClasses), true);
    double[] dh = new double[n * hiddenSize];
    double[] dBias = new double[classes.vocabSize()];
    DirectElements w = DirectElements.of(wordWeight.value());
    DirectElements gw = DirectElements.of(wordWeight.grad());
    // groups touch disjoint weight rows, biases and example rows: safe and deterministic in parallel
    f.groups.parallelStream().forEach(g -> backwardClass(g, f.h, scale, w, gw, dh, dBias));
    wordBias.grad().addi(create(dBias, 1, dBias.length));
    return dHidden.addi(create(dh, n, hiddenSize));
  }

  /** {@link OutputLayer} view of {@link #forward}: the result back-propagates itself. */
  @Override
  public OutputLayer.Loss loss(INDArray hidden, int[] targets, float[] mask) {
    return forward(hidden, targets, mask);
  }

  /** Same as {@link #logProbabilitiesAll}. */
  @Override
  public INDArray logProbs(INDArray hidden) {
    return logProbabilitiesAll(hidden);
  }

  /** log P(words[i] | hidden[i]) for every row: {@code [n]} in double. */
  public double[] logProbabilities(INDArray hidden, int[] words) {
    return forward(hidden, words, null).logProbs();
  }

  /**
   * The full distribution as log-probabilities {@code [n, V]}, columns in word-id order (for
   * decoding and evaluation; costs a full H x V product).
   */
  public INDArray logProbabilitiesAll(INDArray hidden) {
    Shapes.require("class softmax hidden", hidden, -1, hiddenSize);
    INDArray classLogProbs = Nd4j.exec(new LogSoftMax(classLayer.forward(hidden), 1))[0];
    INDArray byRow = Blas.mmul(hidden, false, wordWeight.value(), true).addiRowVector(wordBias.value());
    for (int c = 0; c < classes.numClasses(); c++) {
      INDArray block = byRow.get(NDArrayIndex.all(), NDArrayIndex.interval(classStart[c], classStart[c + 1]));
      INDArray lp = Nd4j.exec(new LogSoftMax(block.dup('c'), 1))[0];
      block.assign(lp.addiColumnVector(classLogProbs.getColumn(c, true)));
    }
    return isIdentityOrder() ? byRow : byRow.getColumns(position);
  }

  /**
   * Turns row i of the row-major [m, size] logits table {@code t} into softmax probabilities in
   * place and returns the log-probability of column {@code col}.
   */
  private static double softmaxRowInPlace(double[] t, int i, int size, int col) {
    int base = i * size;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < size; k++) {
      max = Math.max(max, t[base + k]);
    }
    double shiftedTarget = t[base + col] - max;
    double sum = 0;
    for (int k = 0; k < size; k++) {
      t[base + k] = Math.exp(t[base + k] - max);
      sum += t[base + k];
    }
    double logTarget = shiftedTarget - Math.log(sum);
    for (int k = 0; k < size; k++) {
      t[base + k] /= sum;
    }
    return logTarget;
  }

  /** Within-class softmax of the examples {@code members} whose targets lie in class c. */
  private ClassSoftmaxForward.ClassGroup forwardClass(
      int c, int[] members, int[] targets, double[] h, double[] bias, DirectElements w, double[] clp,
      double[] logProbs) {
    int cnt = members.length;
    int size = classes.classSize(c);
    double[] row = new double[hiddenSize];
    double[] probs = new double[cnt * size];
    for (int k = 0; k < size; k++) {
      readRow(w, classStart[c] + k, row);
      for (int i = 0; i < cnt; i++) {
        probs[i * size + k] = bias[classStart[c] + k] + dot(h, members[i] * hiddenSize, row);
      }
    }
    int[] col = new int[cnt];
    int numClasses = classes.numClasses();
    for (int i = 0; i < cnt; i++) {
      col[i] = column[targets[members[i]]];
      double lp = softmaxRowInPlace(probs, i, size, col[i]);
      logProbs[members[i]] = clp[members[i] * numClasses + c] + lp;
    }
    return new ClassSoftmaxForward.ClassGroup(c, members, col, probs);
  }

  /**
   * Within-class softmax gradient of one group: d = scale * (p - onehot) [m, |c|]; adds d^T h into
   * the class's rows of the weight gradient, column sums of d into dBias and d W_c into dh.
   */
  private void backwardClass(
      ClassSoftmaxForward.ClassGroup g, double[] h, double scale, DirectElements w,
      DirectElements gw, double[] dh, double[] dBias) {
    int c = g.cls();
    int size = classes.classSize(c);
    int[] members = g.members();
    double[] p = g.probs();
    double[] row = new double[hiddenSize];
    double[] gradRow = new double[hiddenSize];
    for (int k = 0; k < size; k++) {
      int r = classStart[c] + k;
      readRow(w, r, row);
      Arrays.fill(gradRow, 0);
      double biasGrad = 0;
      for (int i = 0; i < members.length; i++) {
        double d = scale * (p[i * size + k] - (g.column()[i] == k ? 1 : 0));
        if (d == 0) {
          continue;
        }
        biasGrad += d;
        int hb = members[i] * hiddenSize;
        for (int j = 0; j < hiddenSize; j++) {
          gradRow[j] += d * h[hb + j];
          dh[hb + j] += d * row[j];
        }
      }
      dBias[r] += biasGrad;
      int base = r * hiddenSize;
      for (int j = 0; j < hiddenSize; j++) {
        gw.add(base + j, gradRow[j]);
      }
    }
  }

  private void readRow(DirectElements w, int r, double[] row) {
    int base = r * hiddenSize;
    for (int j = 0; j < hiddenSize; j++) {
      row[j] = w.get(base + j);
    }
  }

  private static double dot(double[] h, int offset, double[] row) {
    double s = 0;
    for (int j = 0; j < row.length; j++) {
      s += h[offset + j] * row[j];
    }
    return s;
  }

  /** Indices of masked-in examples ordered by target class (stable). */
  private static int[] groupByClass(int[] targetClass, double[] m, int[] perClass) {
    int[] next = new int[perClass.length];
    int total = 0;
    for (int c = 0; c < perClass.length; c++) {
      next[c] = total;
      total += perClass[c];
    }
    int[] sorted = new int[total];
    for (int i = 0; i < targetClass.length; i++) {
      if (m[i] != 0) {
        sorted[next[targetClass[i]]++] = i;
      }
    }
    return sorted;
  }

  private boolean isIdentityOrder() {
    for (int w = 0; w < position.length; w++) {
      if (position[w] != w) {
        return false;
      }
    }
    return true;
  }

  private void checkWord(int w, int row) {
    if (w < 0 || w >= classes.vocabSize()) {
      throw new IllegalArgumentException(
          "target " + w + " of row " + row + " outside vocabulary [0, " + classes.vocabSize() + ")");
    }
  }

  private static double[] maskValues(float[] mask, int n) {
    double[] m = new double[n];
    if (mask == null) {
      Arrays.fill(m, 1);
      return m;
    }
    if (mask.length != n) {
      throw new IllegalArgumentException("mask has " + mask.length + " entries, expected " + n);
    }
    for (int i = 0; i < n; i++) {
      if (mask[i] != 0 && mask[i] != 1) {
        throw new IllegalArgumentException("mask entry " + i + " is " + mask[i] + ", expected 0 or 1");
      }
      m[i] = mask[i];
    }
    return m;
  }

  /** An [rows, cols] array of this layer's data type from row-major doubles. */
  private INDArray create(double[] values, int rows, int cols) {
    long[] shape = {rows, cols};
    if (dataType == DataType.FLOAT) {
      float[] f = new float[values.length];
      for (int i = 0; i < f.length; i++) {
        f[i] = (float) values[i];
      }
      return Nd4j.create(f, shape, DataType.FLOAT);
    }
    return Nd4j.create(values, shape, DataType.DOUBLE).castTo(dataType);
  }
}

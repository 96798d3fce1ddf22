package dev.s2s.neural.crf;

import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PrefixMask;
import dev.s2s.neural.nn.Shapes;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Linear-chain conditional random field over K tags.
 *
 * <p>score(y | x) = start[y_0] + sum_t emissions[t, y_t] + sum_{t>0} transitions[y_{t-1}, y_t] +
 * end[y_{n-1}], plus {@link TransitionConstraints#FORBIDDEN} for each forbidden move. The loss is
 * -log p(gold | x) = log Z(x) - score(gold | x), with Z from the forward algorithm in log space; its
 * gradient comes from forward-backward marginals.
 *
 * <p>Shapes: emissions {@code [time, batch, K]}; mask {@code [time, batch]} (1 real, 0 padding, real
 * tokens first, every sequence at least one token); parameters transitions {@code [K, K]} (row =
 * previous tag, column = next tag), start {@code [K]}, end {@code [K]}.
 *
 * <p>The dynamic programs run in plain double loops over the batch: with K around 10 each step is a
 * K x K table, far below the size where INDArray ops pay their dispatch cost.
 */
public final class LinearChainCrf {
  private final int numTags;
  private final TransitionConstraints constraints;
  private final DataType dataType;
  private final Param transitions;
  private final Param start;
  private final Param end;

  /**
   * A CRF with all scores initialised to zero.
   *
   * @param name parameter name prefix ("tagger.crf")
   * @param constraints the number of tags and forbidden moves ({@link TransitionConstraints#none}
   *     or {@link TransitionConstraints#of})
   * @param dataType type of the parameters and returned gradients
   */
  public LinearChainCrf(String name, TransitionConstraints constraints, DataType dataType) {
    this.numTags = constraints.numTags();
    this.constraints = constraints;
    this.dataType = dataType;
    this.transitions = new Param(name + ".transitions", Nd4j.zeros(dataType, numTags, numTags));
    this.start = new Param(name + ".start", Nd4j.zeros(dataType, numTags));
    this.end = new Param(name + ".end", Nd4j.zeros(dataType, numTags));
  }

  public int numTags() {
    return numTags;
  }

  /**
   * A CRF whose transition, start and end scores are the means of {@code crfs}' (an ensemble's
   * decoder: Viterbi over the mean of the members' emissions and of their scores finds the sequence
   * that maximises the product of the members' distributions).
   *
   * @throws IllegalArgumentException when {@code crfs} is empty or the CRFs differ in tags or constraints
   */
  public static LinearChainCrf mean(String name, List<LinearChainCrf> crfs) {
    if (crfs.isEmpty()) {
      throw new IllegalArgumentException("no CRFs to average");
    }
    LinearChainCrf first = crfs.get(0);
    LinearChainCrf mean = new LinearChainCrf(name, first.constraints, first.dataType);
    for (LinearChainCrf c : crfs) {
      if (!c.constraints.equals(first.constraints)) {
        throw new IllegalArgumentException("CRFs with different constraints: " + c.constraints + " and " + first.constraints);
      }
      mean.transitions.value().addi(c.transitions.value().castTo(first.dataType));
      mean.start.value().addi(c.start.value().castTo(first.dataType));
      mean.end.value().addi(c.end.value().castTo(first.dataType));
    }
    for (Param p : mean.params()) {
      p.value().divi(crfs.size());
    }
    return mean;
  }

  public TransitionConstraints constraints() {
    return constraints;
  }

  /** transitions [K, K], start [K], end [K]. */
  public List<Param> params() {
    return List.of(transitions, start, end);
  }

  public Param transitions() {
    return transitions;
  }

  public Param start() {
    return start;
  }

  public Param end() {
    return end;
  }

  /**
   * Forward algorithm and gold scores.
   *
   * @param emissions {@code [time, batch, K]}
   * @param mask {@code [time, batch]}
   * @param gold gold[b] holds the tags of sequence b (at least its length; extra entries ignored)
   */
  public CrfForward forward(INDArray emissions, INDArray mask, int[][] gold) {
    int[] lengths = checkedLengths(emissions, mask);
    int time = (int) emissions.size(0);
    int batch = lengths.length;
    if (gold.length != batch) {
      throw new IllegalArgumentException("gold has " + gold.length + " sequences, batch is " + batch);
    }
    double[] em = Shapes.doubles(emissions);
    Scores s = scores();
    double[][][] alpha = new double[batch][][];
    double[] logZ = new double[batch];
    double[] goldScore = new double[batch];
    for (int b = 0; b < batch; b++) {
      checkGold(gold[b], lengths[b], b);
      alpha[b] = forwardScores(em, s, b, batch, lengths[b]);
      double[] last = alpha[b][lengths[b] - 1];
      double[] fin = new double[numTags];
      for (int k = 0; k < numTags; k++) {
        fin[k] = last[k] + s.end[k];
      }
      logZ[b] = logSumExp(fin);
      goldScore[b] = sequenceScore(em, s, b, batch, gold[b], lengths[b]);
    }
    return new CrfForward(logZ, goldScore, em, alpha, gold, lengths, time);
  }

  /**
   * Adds scale * d(loss)/d(parameters) into the parameter gradients and returns scale *
   * d(loss)/d(emissions), {@code [time, batch, K]}, zero at padding.
   */
  public INDArray backward(CrfForward f, double scale) {
    int batch = f.lengths.length;
    Scores s = scores();
    double[] dEm = new double[f.time * batch * numTags];
    double[][] dTr = new double[numTags][numTags];
    double[] dStart = new double[numTags];
    double[] dEnd = new double[numTags];
    for (int b = 0; b < batch; b++) {
      accumulateSequenceGradient(f, s, b, scale, dEm, dTr, dStart, dEnd);
    }
    transitions.grad().addi(Nd4j.createFromArray(dTr).castTo(dataType));
    start.grad().addi(Nd4j.createFromArray(dStart).castTo(dataType));
    end.grad().addi(Nd4j.createFromArray(dEnd).castTo(dataType));
    return Nd4j.createFromArray(dEm).reshape(f.time, batch, numTags).castTo(dataType);
  }

  /**
   * Highest-scoring tag sequence of each batch item under the constraints; result[b] has the
   * length of sequence b.
   */
  public int[][] viterbi(INDArray emissions, INDArray mask) {
    int[] lengths = checkedLengths(emissions, mask);
    int batch = lengths.length;
    double[] em = Shapes.doubles(emissions);
    Scores s = scores();
    int[][] out = new int[batch][];
    for (int b = 0; b < batch; b++) {
      out[b] = viterbiOne(em, s, b, batch, lengths[b]);
    }
    return out;
  }

  private void accumulateSequenceGradient(
      CrfForward f, Scores s, int b, double scale, double[] dEm, double[][] dTr, double[] dStart,
      double[] dEnd) {
    int batch = f.lengths.length;
    int n = f.lengths[b];
    double[][] alpha = f.alpha[b];
    double[][] beta = backwardScores(f.emissions, s, b, batch, n);
    double logZ = f.logPartition(b);
    int[] y = f.gold[b];
    for (int t = 0; t < n; t++) {
      int base = (t * batch + b) * numTags;
      for (int k = 0; k < numTags; k++) {
        double p = Math.exp(alpha[t][k] + beta[t][k] - logZ);
        double g = p - (y[t] == k ? 1 : 0);
        dEm[base + k] += scale * g;
        if (t == 0) {
          dStart[k] += scale * g;
        }
        if (t == n - 1) {
          dEnd[k] += scale * g;
        }
      }
      if (t > 0) {
        for (int i = 0; i < numTags; i++) {
          for (int j = 0; j < numTags; j++) {
            double p =
                Math.exp(alpha[t - 1][i] + s.trans[i][j] + f.emissions[base + j] + beta[t][j] - logZ);
            dTr[i][j] += scale * p;
          }
        }
        dTr[y[t - 1]][y[t]] -= scale;
      }
    }
  }

  /** alpha[t][k] = log sum over prefixes ending in k at t of their scores (emission at t included). */
  private double[][] forwardScores(double[] em, Scores s, int b, int batch, int n) {
    double[][] alpha = new double[n][numTags];
    double[] buf = new double[numTags];
    for (int k = 0; k < numTags; k++) {
      alpha[0][k] = s.start[k] + em[b * numTags + k];
    }
    for (int t = 1; t < n; t++) {
      int base = (t * batch + b) * numTags;
      for (int j = 0; j < numTags; j++) {
        for (int i = 0; i < numTags; i++) {
          buf[i] = alpha[t - 1][i] + s.trans[i][j];
        }
        alpha[t][j] = logSumExp(buf) + em[base + j];
      }
    }
    return alpha;
  }

  /** beta[t][k] = log sum over suffixes after t given tag k at t (end score included). */
  private double[][] backwardScores(double[] em, Scores s, int b, int batch, int n) {
    double[][] beta = new double[n][numTags];
    double[] buf = new double[numTags];
    beta[n - 1] = s.end.clone();
    for (int t = n - 2; t >= 0; t--) {
      int next = ((t + 1) * batch + b) * numTags;
      for (int i = 0; i < numTags; i++) {
        for (int j = 0; j < numTags; j++) {
          buf[j] = s.trans[i][j] + em[next + j] + beta[t + 1][j];
        }
        beta[t][i] = logSumExp(buf);
      }
    }
    return beta;
  }

  private double sequenceScore(double[] em, Scores s, int b, int batch, int[] y, int n) {
    double score = s.start[y[0]] + s.end[y[n - 1]];
    for (int t = 0; t < n; t++) {
      score += em[(t * batch + b) * numTags + y[t]];
      if (t > 0) {
        score += s.trans[y[t - 1]][y[t]];
      }
    }
    return score;
  }

  private int[] viterbiOne(double[] em, Scores s, int b, int batch, int n) {
    double[] delta = new double[numTags];
    double[] next = new double[numTags];
    int[][] back = new int[n][numTags];
    for (int k = 0; k < numTags; k++) {
      delta[k] = s.start[k] + em[b * numTags + k];
    }
    for (int t = 1; t < n; t++) {
      int base = (t * batch + b) * numTags;
      for (int j = 0; j < numTags; j++) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < numTags; i++) {
          double v = delta[i] + s.trans[i][j];
          if (v > bestScore) {
            bestScore = v;
            best = i;
          }
        }
        next[j] = bestScore + em[base + j];
        back[t][j] = best;
      }
      double[] tmp = delta;
      delta = next;
      next = tmp;
    }
    int last = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < numTags; k++) {
      double v = delta[k] + s.end[k];
      if (v > bestScore) {
        bestScore = v;
        last = k;
      }
    }
    int[] path = new int[n];
    path[n - 1] = last;
    for (int t = n - 1; t > 0; t--) {
      path[t - 1] = back[t][path[t]];
    }
    return path;
  }

  private void checkGold(int[] y, int n, int b) {
    if (y.length < n) {
      throw new IllegalArgumentException(
          "gold sequence " + b + " has " + y.length + " tags, its mask length is " + n);
    }
    for (int t = 0; t < n; t++) {
      if (y[t] < 0 || y[t] >= numTags) {
        throw new IllegalArgumentException(
            "gold tag " + y[t] + " at time " + t + " of sequence " + b + " outside [0, " + numTags + ")");
      }
      boolean ok = t == 0 ? constraints.allowedStart(y[t]) : constraints.allowedTransition(y[t - 1], y[t]);
      if (!ok) {
        throw new IllegalArgumentException(
            "gold sequence " + b + " violates the transition constraints at time " + t + ": "
                + (t == 0 ? "tag " + y[t] + " may not start a sequence"
                    : "tag " + y[t] + " may not follow tag " + y[t - 1])
                + " (convert IOB1 data to IOB2/BIO)");
      }
    }
    if (!constraints.allowedEnd(y[n - 1])) {
      throw new IllegalArgumentException(
          "gold sequence " + b + " ends with tag " + y[n - 1] + ", which may not end a sequence");
    }
  }

  private int[] checkedLengths(INDArray emissions, INDArray mask) {
    if (emissions.rank() != 3 || emissions.size(2) != numTags) {
      throw new IllegalArgumentException(
          "emissions must be [time, batch, " + numTags + "], got " + Arrays.toString(emissions.shape()));
    }
    if (mask.rank() != 2 || mask.size(0) != emissions.size(0) || mask.size(1) != emissions.size(1)) {
      throw new IllegalArgumentException(
          "mask must be [time, batch] = [" + emissions.size(0) + ", " + emissions.size(1) + "], got "
              + Arrays.toString(mask.shape()));
    }
    int[] lengths = PrefixMask.lengths(mask);
    for (int b = 0; b < lengths.length; b++) {
      if (lengths[b] == 0) {
        throw new IllegalArgumentException("sequence " + b + " is empty (mask column all zero)");
      }
    }
    return lengths;
  }

  /** Parameter values plus constraint penalties, in double. */
  private Scores scores() {
    double[] st = Shapes.doubles(start.value());
    double[] en = Shapes.doubles(end.value());
    double[] trFlat = Shapes.doubles(transitions.value()); // [from * numTags + to] (toDoubleMatrix copies row by row)
    double[][] tr = new double[numTags][];
    for (int i = 0; i < numTags; i++) {
      tr[i] = Arrays.copyOfRange(trFlat, i * numTags, (i + 1) * numTags);
    }
    for (int j = 0; j < numTags; j++) {
      st[j] += constraints.startPenalty(j);
      en[j] += constraints.endPenalty(j);
      for (int i = 0; i < numTags; i++) {
        tr[i][j] += constraints.transitionPenalty(i, j);
      }
    }
    return new Scores(st, tr, en);
  }

  private static double logSumExp(double[] x) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : x) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  private record Scores(double[] start, double[][] trans, double[] end) {}
}

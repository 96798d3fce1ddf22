package dev.s2s.neural.crf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PrefixMask;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LinearChainCrfTest {
  private static final DataType D = DataType.DOUBLE;
  private static final List<String> BIO_TAGS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC");
  private static final List<String> IOBES_TAGS = List.of("O", "B-PER", "I-PER", "E-PER", "S-PER");

  /** Reference quantities computed by enumerating every tag sequence of one batch item. */
  private record BruteForce(double logZ, double[][] unary, double[][] pair, int[] best) {}

  private static double score(double[][] em, double[][] tr, double[] st, double[] en, int[] y) {
    double s = st[y[0]] + en[y[y.length - 1]];
    for (int t = 0; t < y.length; t++) {
      s += em[t][y[t]];
      if (t > 0) {
        s += tr[y[t - 1]][y[t]];
      }
    }
    return s;
  }

  private static List<int[]> allSequences(int k, int n) {
    List<int[]> out = new ArrayList<>();
    int total = (int) Math.pow(k, n);
    for (int code = 0; code < total; code++) {
      int[] y = new int[n];
      int c = code;
      for (int t = 0; t < n; t++) {
        y[t] = c % k;
        c /= k;
      }
      out.add(y);
    }
    return out;
  }

  /** Marginals and argmax over the sequences accepted by {@code valid}. */
  private static BruteForce bruteForce(
      double[][] em, double[][] tr, double[] st, double[] en, int n, Predicate<int[]> valid) {
    int k = st.length;
    List<int[]> seqs = allSequences(k, n).stream().filter(valid).toList();
    double max = Double.NEGATIVE_INFINITY;
    int[] best = null;
    for (int[] y : seqs) {
      double s = score(em, tr, st, en, y);
      if (s > max) {
        max = s;
        best = y;
      }
    }
    double z = 0;
    for (int[] y : seqs) {
      z += Math.exp(score(em, tr, st, en, y) - max);
    }
    double logZ = max + Math.log(z);
    double[][] unary = new double[n][k];
    double[][] pair = new double[k][k];
    for (int[] y : seqs) {
      double p = Math.exp(score(em, tr, st, en, y) - logZ);
      for (int t = 0; t < n; t++) {
        unary[t][y[t]] += p;
        if (t > 0) {
          pair[y[t - 1]][y[t]] += p;
        }
      }
    }
    return new BruteForce(logZ, unary, pair, best);
  }

  private static void randomize(LinearChainCrf crf, long seed) {
    Nd4j.getRandom().setSeed(seed);
    for (Param p : crf.params()) {
      p.value().assign(Nd4j.randn(D, p.value().shape()));
    }
  }

  private static double[][] emissionsOf(INDArray em, int b, int n) {
    double[][] out = new double[n][];
    for (int t = 0; t < n; t++) {
      out[t] = em.get(org.nd4j.linalg.indexing.NDArrayIndex.point(t),
              org.nd4j.linalg.indexing.NDArrayIndex.point(b),
              org.nd4j.linalg.indexing.NDArrayIndex.all()).toDoubleVector();
    }
    return out;
  }

  private static int[][] randomGold(SplittableRandom rnd, int[] lengths, int k, Predicate<int[]> valid) {
    int[][] gold = new int[lengths.length][];
    for (int b = 0; b < lengths.length; b++) {
      do {
        gold[b] = rnd.ints(lengths[b], 0, k).toArray();
      } while (!valid.test(gold[b]));
    }
    return gold;
  }

  /** Checks loss, all gradients and Viterbi against enumeration. */
  private static void checkAgainstBruteForce(
      LinearChainCrf crf, int[] lengths, int time, long seed, Predicate<int[]> valid) {
    int k = crf.numTags();
    randomize(crf, seed);
    Nd4j.getRandom().setSeed(seed + 1);
    INDArray em = Nd4j.randn(D, time, lengths.length, k).muli(2);
    INDArray mask = PrefixMask.of(lengths, time, D);
    int[][] gold = randomGold(new SplittableRandom(seed), lengths, k, valid);
    double[][] tr = crf.transitions().value().toDoubleMatrix();
    double[] st = crf.start().value().toDoubleVector();
    double[] en = crf.end().value().toDoubleVector();

    CrfForward f = crf.forward(em, mask, gold);
    crf.params().forEach(Param::zeroGrad);
    INDArray dEm = crf.backward(f, 1.0);
    int[][] viterbi = crf.viterbi(em, mask);

    double expectedLoss = 0;
    double[][] expDTr = new double[k][k];
    double[] expDStart = new double[k];
    double[] expDEnd = new double[k];
    for (int b = 0; b < lengths.length; b++) {
      int n = lengths[b];
      double[][] emB = emissionsOf(em, b, n);
      BruteForce bf = bruteForce(emB, tr, st, en, n, valid);
      expectedLoss += bf.logZ - score(emB, tr, st, en, gold[b]);
      assertArrayEquals(bf.best, viterbi[b], "viterbi of sequence " + b);
      for (int t = 0; t < time; t++) {
        for (int j = 0; j < k; j++) {
          // d(-log p)/d em[t,j] = P(y_t = j) - [gold_t = j]; zero at padding
          double expected = t < n ? bf.unary[t][j] - (gold[b][t] == j ? 1 : 0) : 0;
          assertEquals(expected, dEm.getDouble(t, b, j), 1e-9, "dEm t=" + t + " b=" + b + " j=" + j);
        }
      }
      for (int j = 0; j < k; j++) {
        expDStart[j] += bf.unary[0][j] - (gold[b][0] == j ? 1 : 0);
        expDEnd[j] += bf.unary[n - 1][j] - (gold[b][n - 1] == j ? 1 : 0);
        for (int i = 0; i < k; i++) {
          expDTr[i][j] += bf.pair[i][j];
        }
      }
      for (int t = 1; t < n; t++) {
        expDTr[gold[b][t - 1]][gold[b][t]] -= 1;
      }
    }
    assertEquals(expectedLoss, f.loss(), 1e-9);
    assertArrayEquals(expDStart, crf.start().grad().toDoubleVector(), 1e-9);
    assertArrayEquals(expDEnd, crf.end().grad().toDoubleVector(), 1e-9);
    double[][] gotTr = crf.transitions().grad().toDoubleMatrix();
    for (int i = 0; i < k; i++) {
      assertArrayEquals(expDTr[i], gotTr[i], 1e-9, "dTransitions row " + i);
    }
  }

  @Test
  void unconstrainedMatchesBruteForce() {
    for (int k = 3; k <= 5; k++) {
      LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.none(k), D);
      checkAgainstBruteForce(crf, new int[] {4, 2, 1, 3}, 4, 10 + k, y -> true);
    }
  }

  /** BIO validity written out independently of EntityTagSet: I-X needs B-X or I-X right before. */
  private static boolean validBio(int[] y) {
    for (int t = 0; t < y.length; t++) {
      String tag = BIO_TAGS.get(y[t]);
      if (tag.startsWith("I-")) {
        String type = tag.substring(2);
        if (t == 0 || !BIO_TAGS.get(y[t - 1]).substring(Math.min(2, BIO_TAGS.get(y[t - 1]).length())).equals(type)) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void bioConstrainedMatchesBruteForceOverValidSequences() {
    EntityTagSet tags = EntityTagSet.of(BIO_TAGS);
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.of(tags), D);
    checkAgainstBruteForce(crf, new int[] {4, 3, 1}, 4, 77, LinearChainCrfTest::validBio);
  }

  /**
   * IOBES validity written out independently of EntityTagSet, for one type: a chunk is S, or B
   * followed by zero or more I and then E; nothing else.
   */
  private static boolean validIobes(int[] y) {
    StringBuilder prefixes = new StringBuilder();
    for (int tag : y) {
      prefixes.append(IOBES_TAGS.get(tag).charAt(0));
    }
    return prefixes.toString().matches("(O|S|BI*E)*");
  }

  @Test
  void iobesConstrainedMatchesBruteForceOverValidSequences() {
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.of(EntityTagSet.of(IOBES_TAGS)), D);
    checkAgainstBruteForce(crf, new int[] {4, 3, 1, 2}, 4, 91, LinearChainCrfTest::validIobes);
  }

  @Test
  void constrainedViterbiNeverInvalidEvenWhenEmissionsFavourInsideTags() {
    EntityTagSet tags = EntityTagSet.of(BIO_TAGS);
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.of(tags), D);
    LinearChainCrf free = new LinearChainCrf("free", TransitionConstraints.none(5), D);
    Nd4j.getRandom().setSeed(5);
    int time = 6;
    int batch = 40;
    INDArray em = Nd4j.randn(D, time, batch, 5);
    // push I-PER and I-LOC up by 3 so an unconstrained decoder would often pick them illegally
    em.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.point(2)).addi(3);
    em.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.point(4)).addi(3);
    INDArray mask = Nd4j.ones(D, time, batch);
    int invalidFree = 0;
    for (int[] y : free.viterbi(em, mask)) {
      invalidFree += validBio(y) ? 0 : 1;
    }
    assertTrue(invalidFree > 0, "the test must present sequences an unconstrained CRF decodes invalidly");
    for (int[] y : crf.viterbi(em, mask)) {
      assertTrue(validBio(y), "constrained viterbi produced invalid " + java.util.Arrays.toString(y));
    }
  }

  @Test
  void numericalGradientOfParamsAndEmissions() {
    EntityTagSet tags = EntityTagSet.of(BIO_TAGS);
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.of(tags), D);
    randomize(crf, 3);
    int[] lengths = {4, 2, 3};
    INDArray mask = PrefixMask.of(lengths, 4, D);
    Param em = new Param("em", Nd4j.randn(D, 4, 3, 5));
    int[][] gold = randomGold(new SplittableRandom(9), lengths, 5, LinearChainCrfTest::validBio);
    CrfForward f = crf.forward(em.value(), mask, gold);
    em.grad().assign(crf.backward(f, 0.5));
    List<Param> all = new ArrayList<>(crf.params());
    all.add(em);
    double err = GradientCheck.maxRelativeError(
        all, () -> 0.5 * crf.forward(em.value(), mask, gold).loss(), 1e-6, 100, 1);
    assertTrue(err < 1e-6, "max relative error " + err);
  }

  @Test
  void gradientAccumulatesAcrossBackwardCalls() {
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.none(3), D);
    randomize(crf, 4);
    INDArray em = Nd4j.randn(D, 3, 2, 3);
    INDArray mask = Nd4j.ones(D, 3, 2);
    int[][] gold = {{0, 1, 2}, {2, 2, 1}};
    CrfForward f = crf.forward(em, mask, gold);
    crf.backward(f, 1.0);
    INDArray once = crf.transitions().grad().dup();
    crf.backward(f, 1.0);
    assertEquals(0, crf.transitions().grad().sub(once.mul(2)).norm2Number().doubleValue(), 1e-12);
  }

  @Test
  void invalidGoldUnderBioConstraintsIsRejected() {
    EntityTagSet tags = EntityTagSet.of(BIO_TAGS);
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.of(tags), D);
    INDArray em = Nd4j.zeros(D, 3, 1, 5);
    INDArray mask = Nd4j.ones(D, 3, 1);
    // O I-PER: I-PER after O
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> crf.forward(em, mask, new int[][] {{0, 2, 2}}));
    assertTrue(e.getMessage().contains("at time 1") && e.getMessage().contains("tag 2 may not follow tag 0"),
        e.getMessage());
  }

  @Test
  void shapeAndMaskErrorsNameTheProblem() {
    LinearChainCrf crf = new LinearChainCrf("crf", TransitionConstraints.none(3), D);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> crf.viterbi(Nd4j.zeros(D, 2, 1, 4), Nd4j.ones(D, 2, 1)));
    assertTrue(e.getMessage().contains("emissions must be [time, batch, 3]"), e.getMessage());
    INDArray holey = Nd4j.createFromArray(new double[][] {{1}, {0}, {1}});
    e = assertThrows(IllegalArgumentException.class, () -> crf.viterbi(Nd4j.zeros(D, 3, 1, 3), holey));
    assertTrue(e.getMessage().contains("not a prefix of ones"), e.getMessage());
  }

  @Test
  void meanAveragesTheScoresOfCrfsWithTheSameConstraints() {
    TransitionConstraints bio = TransitionConstraints.of(EntityTagSet.of(BIO_TAGS));
    LinearChainCrf a = new LinearChainCrf("a", bio, D);
    LinearChainCrf b = new LinearChainCrf("b", bio, D);
    a.transitions().value().putScalar(new long[] {0, 1}, 2.0);
    b.transitions().value().putScalar(new long[] {0, 1}, -1.0);
    a.start().value().putScalar(3, 4.0);
    b.end().value().putScalar(2, 6.0);
    LinearChainCrf mean = LinearChainCrf.mean("m", List.of(a, b));
    assertEquals(0.5, mean.transitions().value().getDouble(0, 1), 1e-12);
    assertEquals(0.0, mean.transitions().value().getDouble(1, 0), 1e-12);
    assertEquals(2.0, mean.start().value().getDouble(3), 1e-12);
    assertEquals(3.0, mean.end().value().getDouble(2), 1e-12);
    assertEquals(0.0, a.start().value().getDouble(0), 1e-12); // the members are unchanged
    assertEquals(2.0, a.transitions().value().getDouble(0, 1), 1e-12);
    assertEquals(bio, mean.constraints());
    LinearChainCrf free = new LinearChainCrf("f", TransitionConstraints.none(BIO_TAGS.size()), D);
    assertThrows(IllegalArgumentException.class, () -> LinearChainCrf.mean("m", List.of(a, free)));
    assertThrows(IllegalArgumentException.class, () -> LinearChainCrf.mean("m", List.of()));
  }
}

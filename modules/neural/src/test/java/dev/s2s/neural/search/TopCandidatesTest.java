package dev.s2s.neural.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The heap with its vectorised bound scan against sorting every candidate. */
class TopCandidatesTest {
  private static final int V = 203; // whole vectors of any width plus a tail

  /** All candidates of rows [firstRow, firstRow + k) sorted by descending score, then code. */
  private static long[] bruteForce(float[] lp, int firstRow, double[] rowLogProb, int size) {
    List<double[]> all = new ArrayList<>(); // {score, code}
    for (int j = 0; j < rowLogProb.length; j++) {
      if (Double.isNaN(rowLogProb[j])) {
        continue;
      }
      int row = firstRow + j;
      for (int tok = 0; tok < V; tok++) {
        all.add(new double[] {rowLogProb[j] + lp[row * V + tok], (double) row * V + tok});
      }
    }
    all.sort(Comparator.<double[]>comparingDouble(c -> -c[0]).thenComparingDouble(c -> c[1]));
    long[] out = new long[size];
    Arrays.fill(out, -1);
    for (int i = 0; i < Math.min(size, all.size()); i++) {
      out[i] = (long) all.get(i)[1];
    }
    return out;
  }

  @Test
  void matchesSortingAllCandidatesWithTiesAndDeadRowsAndBannedTokens() {
    SplittableRandom rnd = new SplittableRandom(11);
    int k = 4;
    int sentences = 3;
    TopCandidates top = new TopCandidates(2 * k);
    for (int trial = 0; trial < 200; trial++) {
      float[] lp = new float[sentences * k * V];
      for (int i = 0; i < lp.length; i++) {
        // few distinct values, so ties across rows and tokens are common
        lp[i] = trial % 2 == 0 ? (float) -rnd.nextInt(1, 30) / 4 : (float) Math.log(rnd.nextDouble());
      }
      for (int r = 0; r < sentences * k; r++) {
        lp[r * V + 2] = Float.NEGATIVE_INFINITY; // a banned token, as the bench's end marker
      }
      for (int s = 0; s < sentences; s++) {
        double[] rowLogProb = new double[k];
        for (int j = 0; j < k; j++) {
          rowLogProb[j] = rnd.nextInt(4) == 0 ? Double.NaN : -rnd.nextInt(0, 3) * 0.5;
        }
        if (trial % 7 == 0) {
          rowLogProb = new double[] {0, Double.NaN, Double.NaN, Double.NaN}; // the first step: one hypothesis
        }
        assertArrayEquals(bruteForce(lp, s * k, rowLogProb, 2 * k), top.of(lp, s * k, rowLogProb, V),
            "trial " + trial + ", sentence " + s);
      }
    }
  }

  @Test
  void fewerCandidatesThanRequestedLeaveMinusOnes() {
    float[] lp = {-1f, -0.5f, -2f};
    long[] got = new TopCandidates(4).of(lp, 0, new double[] {0}, 3);
    assertArrayEquals(new long[] {1, 0, 2, -1}, got);
  }
}

package dev.s2s.eval.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
  /** Accuracy in percent from summed [correct, total]. */
  private static final StatisticsScorer ACCURACY = s -> 100.0 * s[0] / s[1];

  @Test
  void confidenceIntervalUsesPositionsNOver40() {
    // 40 resampled scores 0..39: lower index 40/40 = 1, upper 40 - 1 - 1 = 38 -> [1, 38],
    // half-width 18.5, mean 19.5
    double[] xs = new double[40];
    for (int i = 0; i < 40; i++) {
      xs[39 - i] = i;
    }
    BootstrapEstimate e = PairedBootstrap.estimate(7.0, xs);
    assertEquals(new BootstrapEstimate(7.0, 19.5, 18.5, 1.0, 38.0), e);
  }

  @Test
  void identicalSystemsGiveTheMinimumPValueAsSacreBleu() {
    // all resampled differences are 0, centred 0, never > 0: p = (0 + 1) / (1000 + 1)
    List<long[]> a = segments(100, 0);
    PairedBootstrapResult r = PairedBootstrap.withDefaults().compare(a, a, ACCURACY);
    assertEquals(1.0 / 1001, r.pValue(), 1e-15);
    assertEquals(50.0, r.baseline().score(), 1e-12);
  }

  @Test
  void tinyDifferenceIsNotSignificant() {
    // B differs from A only in segment 0 ([2,2] instead of [1,2]): real |diff| = 0.5.
    // A resample's |diff| is 0.5 * k, k ~ Binomial(100, 1/100) ~ Poisson(1) copies of segment 0,
    // mean 0.5; centred 0.5 k - 0.5 > 0.5 needs k >= 3: P ~ 0.08, far above 0.01.
    PairedBootstrapResult r =
        PairedBootstrap.withDefaults().compare(segments(100, 0), segments(100, 1), ACCURACY);
    assertTrue(r.pValue() > 0.02 && r.pValue() < 0.2, "p = " + r.pValue());
  }

  @Test
  void sameSeedSameResultDifferentSeedDifferentResamples() {
    List<long[]> a = segments(50, 0);
    List<long[]> b = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      b.add(new long[] {i % 3 == 0 ? 2 : 1, 2});
    }
    PairedBootstrapResult r1 = new PairedBootstrap(200, 7).compare(a, b, ACCURACY);
    PairedBootstrapResult r2 = new PairedBootstrap(200, 7).compare(a, b, ACCURACY);
    PairedBootstrapResult r3 = new PairedBootstrap(200, 8).compare(a, b, ACCURACY);
    assertEquals(r1, r2);
    assertTrue(r1.system().mean() != r3.system().mean());
  }

  /** n segments [1, 2]; the first {@code better} of them [2, 2]. */
  private static List<long[]> segments(int n, int better) {
    List<long[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new long[] {i < better ? 2 : 1, 2});
    }
    return out;
  }
}

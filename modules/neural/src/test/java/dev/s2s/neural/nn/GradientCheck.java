package dev.s2s.neural.nn;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Test utility: compares analytic gradients (already accumulated in each {@link Param#grad()})
 * with central finite differences of a scalar loss. Use DOUBLE parameters.
 */
public final class GradientCheck {
  private GradientCheck() {}

  /**
   * Largest relative error |a - n| / max(|a| + |n|, 1e-8) over up to {@code samplesPerParam}
   * randomly chosen entries of each parameter (all entries if the parameter is smaller).
   *
   * @param params parameters whose grad() holds the analytic gradient of {@code loss}
   * @param loss recomputes the loss from the current parameter values (no side effects on grads
   *     that matter: grads are not read again)
   */
  public static double maxRelativeError(
      List<Param> params, DoubleSupplier loss, double eps, int samplesPerParam, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double worst = 0;
    for (Param p : params) {
      INDArray v = p.value();
      INDArray g = p.grad().dup();
      long n = v.length();
      int samples = (int) Math.min(n, samplesPerParam);
      for (int s = 0; s < samples; s++) {
        long i = n == samples ? s : rnd.nextLong(n);
        double orig = v.getDouble(i);
        v.putScalar(i, orig + eps);
        double up = loss.getAsDouble();
        v.putScalar(i, orig - eps);
        double down = loss.getAsDouble();
        v.putScalar(i, orig);
        double numeric = (up - down) / (2 * eps);
        double analytic = g.getDouble(i);
        double rel = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-8);
        if (Math.abs(analytic - numeric) < 1e-9) {
          rel = 0; // both essentially zero
        }
        worst = Math.max(worst, rel);
      }
    }
    return worst;
  }
}

package dev.s2s.neural.nn;

import java.util.List;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Clips accumulated gradients in place according to a {@link ClipMode} and threshold. */
public final class GradientClipper {
  private final ClipMode mode;
  private final double threshold;

  public GradientClipper(ClipMode mode, double threshold) {
    if (mode != ClipMode.NONE && !(threshold > 0)) {
      throw new IllegalArgumentException("clipping threshold must be > 0, got " + threshold);
    }
    this.mode = mode;
    this.threshold = threshold;
  }

  /** Global L2 norm of all gradients. */
  public static double globalNorm(List<Param> params) {
    double sq = 0;
    for (Param p : params) {
      double n = p.grad().norm2Number().doubleValue();
      sq += n * n;
    }
    return Math.sqrt(sq);
  }

  /** Clips in place; returns the global gradient L2 norm measured before clipping. */
  public double clip(List<Param> params) {
    double norm = globalNorm(params);
    switch (mode) {
      case NONE:
        break;
      case GLOBAL_NORM:
        if (norm > threshold) {
          double s = threshold / (norm + 1e-6);
          params.forEach(p -> p.grad().muli(s));
        }
        break;
      case PER_PARAM_NORM:
        for (Param p : params) {
          double n = p.grad().norm2Number().doubleValue();
          if (n > threshold) {
            p.grad().muli(threshold / (n + 1e-6));
          }
        }
        break;
      case VALUE:
        for (Param p : params) {
          Transforms.max(Transforms.min(p.grad(), threshold, false), -threshold, false);
        }
        break;
      default:
        throw new IllegalStateException("unknown clip mode " + mode);
    }
    return norm;
  }
}

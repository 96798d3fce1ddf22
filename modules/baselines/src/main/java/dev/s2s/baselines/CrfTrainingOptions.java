package dev.s2s.baselines;

import dev.s2s.text.conll.TagScheme;

/**
 * How {@link CoreNlpCrfNer#train} runs CoreNLP's optimiser.
 *
 * <p>There is no seed: CoreNLP's CRF starts from all-zero weights and minimises a convex
 * objective with deterministic L-BFGS (QN), and nothing random is enabled by the standard
 * feature set, so the same data and options give the same model. The multi-threaded gradient
 * sums per-thread partial gradients, which can change the last bits of the floating-point sums
 * between thread counts, so record the thread count with a result.
 *
 * @param maxIterations cap on QN iterations ({@code maxQNItr}); 0 or negative = until converged
 * @param threads threads computing the gradient ({@code multiThreadGrad}), at least 1
 * @param trainingScheme tag scheme the CRF is trained on (IOB2 data is converted to it);
 *     predictions are always returned in IOB2
 */
public record CrfTrainingOptions(int maxIterations, int threads, TagScheme trainingScheme) {
  public CrfTrainingOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (trainingScheme == null) {
      throw new IllegalArgumentException("trainingScheme is null");
    }
  }

  /** Until convergence, one thread, IOB2 as given. */
  public static CrfTrainingOptions defaults() {
    return new CrfTrainingOptions(0, 1, TagScheme.IOB2);
  }

  public CrfTrainingOptions withMaxIterations(int n) {
    return new CrfTrainingOptions(n, threads, trainingScheme);
  }

  public CrfTrainingOptions withThreads(int t) {
    return new CrfTrainingOptions(maxIterations, t, trainingScheme);
  }

  public CrfTrainingOptions withTrainingScheme(TagScheme s) {
    return new CrfTrainingOptions(maxIterations, threads, s);
  }
}

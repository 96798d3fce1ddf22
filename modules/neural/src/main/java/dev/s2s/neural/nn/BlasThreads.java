package dev.s2s.neural.nn;

import java.util.function.Supplier;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs code with OpenBLAS limited to one thread per call. OpenBLAS's own threads pay off only for
 * large products; for the per-step products of decoding ([64, 256] x [256, 1000] and smaller) its
 * idle worker spins in {@code sched_yield} and takes the second core away. Measured on the 2-core
 * bench machine: greedy decoding at batch 64 ran about 20% faster and at batch 1 twice as fast
 * with one BLAS thread. {@link ParallelShards} uses the same switch while its pieces run.
 *
 * <p>The thread count is process-global native state: it is set to 1 when the outermost {@link
 * #single} starts (on any thread) and restored when the last one ends.
 */
public final class BlasThreads {
  private static final Object LOCK = new Object();
  /** Nested or concurrent {@link #single} calls in progress (guarded by LOCK). */
  private static int active;
  /** OpenBLAS's thread count before the outermost call, restored after it (guarded by LOCK). */
  private static int outside;

  private BlasThreads() {}

  /** The value of {@code body}, computed with one OpenBLAS thread. */
  public static <T> T single(Supplier<T> body) {
    enter();
    try {
      return body.get();
    } finally {
      exit();
    }
  }

  private static void enter() {
    synchronized (LOCK) {
      if (active++ == 0) {
        Nd4j.getExecutioner(); // ND4J sets OpenBLAS's thread count when it starts
        outside = openblas_nolapack.blas_get_num_threads();
        if (outside != 1) {
          openblas_nolapack.blas_set_num_threads(1);
        }
      }
    }
  }

  private static void exit() {
    synchronized (LOCK) {
      if (--active == 0 && outside > 1) {
        openblas_nolapack.blas_set_num_threads(outside);
      }
    }
  }
}

package dev.s2s.neural.nn;

import java.util.function.Supplier;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs code with OpenBLAS limited to one thread per call, for code that already keeps every core
 * busy with threads of its own ({@link ParallelShards} uses it while its pieces run, so that each
 * shard's products do not start BLAS workers that compete with the other shards), or whose products
 * are too small to gain from threads (decoding of small batches, see
 * {@link dev.s2s.neural.search.Translator#search}).
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

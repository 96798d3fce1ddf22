package dev.s2s.neural.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs k independent pieces of work at once, piece 0 on the calling thread and the others on k-1
 * pooled daemon threads, with OpenBLAS limited to one thread per call while they run: the pieces
 * (shards of a batch), not the threads of one small matrix product, share the cores.
 *
 * <p>Why: on the 2-core machines this project targets, a batch-64 GRU step spends most of its
 * time in products of [64, 256] x [256, 768], too small for OpenBLAS's threads to pay off, and in
 * element-wise loops that run on one thread; two half batches on two threads use both cores for
 * everything.
 *
 * <p>Pieces run inside {@link BlasThreads#single}. Each thread has its own ND4J workspaces, so
 * pieces may use {@link Scratch}. A single piece runs on the caller, nothing else changes.
 */
public final class ParallelShards implements AutoCloseable {
  private final int shards;
  private final ExecutorService pool;

  /** @param shards k >= 1 */
  public ParallelShards(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards " + shards + " < 1");
    }
    this.shards = shards;
    AtomicInteger n = new AtomicInteger();
    this.pool = shards == 1 ? null : Executors.newFixedThreadPool(shards - 1, r -> {
      Thread t = new Thread(() -> runThenFreeWorkspaces(r), "s2s-shard-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * A pool thread's loop, then the release of the ND4J workspaces ({@link Scratch}) it created: they
   * are per thread and would otherwise hold their native memory until a garbage collection notices
   * the thread is gone (search creates a pool per batch, {@link
   * dev.s2s.neural.search.Translator#MIN_ROWS_FOR_SHARDS}).
   */
  private static void runThenFreeWorkspaces(Runnable worker) {
    try {
      worker.run();
    } finally {
      Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
    }
  }

  public int shards() {
    return shards;
  }

  /**
   * Results of {@code work.apply(i)} for i = 0..count-1, in order; count <= {@link #shards()}.
   * The first exception of any piece is rethrown after all pieces ended.
   */
  public <T> List<T> run(int count, IntFunction<T> work) {
    if (count < 1 || count > shards) {
      throw new IllegalArgumentException(count + " pieces for " + shards + " shards");
    }
    if (count == 1) {
      return java.util.Collections.singletonList(work.apply(0));
    }
    return BlasThreads.single(() -> runConcurrently(count, work));
  }

  private <T> List<T> runConcurrently(int count, IntFunction<T> work) {
    List<Future<T>> others = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int piece = i;
      others.add(pool.submit(() -> work.apply(piece)));
    }
    List<T> out = new ArrayList<>(count);
    RuntimeException failure = null;
    try {
      out.add(work.apply(0));
    } catch (RuntimeException e) {
      failure = e;
    }
    for (Future<T> f : others) {
      try {
        out.add(f.get());
      } catch (ExecutionException e) {
        failure = failure != null ? failure : asRuntime(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure != null ? failure : new IllegalStateException("interrupted", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return out;
  }

  private static RuntimeException asRuntime(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

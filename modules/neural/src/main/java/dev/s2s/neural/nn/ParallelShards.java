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
  private final boolean common;

  /** @param shards k >= 1 */
  public ParallelShards(int shards) {
    this(shards, false);
  }

  private ParallelShards(int shards, boolean common) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards " + shards + " < 1");
    }
    this.shards = shards;
    this.common = common;
    AtomicInteger n = new AtomicInteger();
    String prefix = common ? "s2s-common-shard-" : "s2s-shard-";
    this.pool = shards == 1 ? null : Executors.newFixedThreadPool(shards - 1, r -> {
      Thread t = new ShardThread(() -> runThenFreeWorkspaces(r), prefix + n.incrementAndGet(), common);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The process-wide instance with one piece per core, for work that arrives in many short calls
   * (a batch of sentences to decode, a document to tag). Its threads, and with them their ND4J
   * workspaces ({@link Scratch}), live as long as the process: a pool per call started threads
   * whose workspaces were sized, and zero-filled, on every call (15% of beam search's time in a
   * profile of the bench). {@link #close()} does nothing on it. Pieces that call it again run all
   * their pieces on their own thread (a nested call would otherwise wait for the threads it runs on).
   */
  public static ParallelShards common() {
    return Common.INSTANCE;
  }

  private static final class Common {
    static final ParallelShards INSTANCE = new ParallelShards(Runtime.getRuntime().availableProcessors(), true);
  }

  /** A pool thread; {@code common} marks the threads of {@link #common()}. */
  private static final class ShardThread extends Thread {
    final boolean common;

    ShardThread(Runnable body, String name, boolean common) {
      super(body, name);
      this.common = common;
    }
  }

  /**
   * A pool thread's loop, then the release of the ND4J workspaces ({@link Scratch}) it created: they
   * are per thread and would otherwise hold their native memory until a garbage collection notices
   * the thread is gone.
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
    if (common && Thread.currentThread() instanceof ShardThread t && t.common) {
      return inTurn(count, work);
    }
    return BlasThreads.single(() -> runConcurrently(count, work));
  }

  private static <T> List<T> inTurn(int count, IntFunction<T> work) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(work.apply(i));
    }
    return out;
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

  /** Stops this instance's threads; nothing for {@link #common()}. */
  @Override
  public void close() {
    if (pool != null && !common) {
      pool.shutdownNow();
    }
  }
}

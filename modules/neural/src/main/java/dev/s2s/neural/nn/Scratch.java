package dev.s2s.neural.nn;

import java.util.function.Supplier;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs a computation with every ND4J array it creates placed in a reusable per-thread arena (an
 * ND4J workspace) that is reset when the computation returns. Fresh native buffers cost about
 * 200 us for 256 KiB (allocation, first-touch page faults, deallocator bookkeeping), more than the
 * matrix product that fills them; a workspace sized by its first use hands out memory that is
 * already mapped.
 *
 * <p>Contract: the result must not hold arrays created inside (return Java values), and arrays
 * created inside must not be kept in fields that outlive the call. Arrays created before the call
 * (parameters, gradient accumulators, optimizer state) are read and updated in place as usual.
 */
public final class Scratch {
  private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
      .initialSize(0)
      .overallocationLimit(0.2)
      .policyAllocation(AllocationPolicy.OVERALLOCATE)
      .policyLearning(LearningPolicy.FIRST_LOOP)
      .policyReset(ResetPolicy.BLOCK_LEFT)
      .policySpill(SpillPolicy.REALLOCATE)
      .build();

  private Scratch() {}

  /** The value of {@code body}, computed inside the workspace named {@code id}. */
  public static <T> T run(String id, Supplier<T> body) {
    try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, id)) {
      return body.get();
    }
  }

  /**
   * The value of {@code body}, computed with no workspace active: for arrays created during a
   * {@link #run} that must outlive it (caches).
   */
  public static <T> T outside(Supplier<T> body) {
    try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
      return body.get();
    }
  }
}

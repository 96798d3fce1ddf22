package dev.s2s.neural.nn;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Copies of some FLOAT parameters' values, so that a table derived from them for inference can tell
 * whether it is stale, whatever changed the weights (training, loading, averaging). {@link
 * #isCurrent()} is a vectorised comparison of every value: a few milliseconds for a Multi30k-size
 * embedding. Copies are taken outside any ND4J workspace, since they outlive the call that takes
 * them.
 */
final class WeightSnapshot {
  private final List<Param> params;
  private INDArray[] copies;

  WeightSnapshot(Param... params) {
    for (Param p : params) {
      if (p.value().dataType() != DataType.FLOAT) {
        throw new IllegalArgumentException("weight snapshot of " + p.name() + ": FLOAT expected, got " + p.value().dataType());
      }
    }
    this.params = List.of(params);
  }

  /** Whether a snapshot was taken and every parameter still holds the values it copied. */
  boolean isCurrent() {
    if (copies == null) {
      return false;
    }
    for (int i = 0; i < copies.length; i++) {
      if (floats(Shapes.contiguous(params.get(i).value())).mismatch(floats(copies[i])) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Copies the current values (row-major) and returns the copies, in the constructor's order. */
  INDArray[] take() {
    copies = Scratch.outside(() -> params.stream().map(p -> p.value().dup('c')).toArray(INDArray[]::new));
    return copies.clone();
  }

  private static FloatBuffer floats(INDArray a) {
    FloatBuffer all = a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    return all.slice((int) a.offset(), (int) a.length());
  }
}

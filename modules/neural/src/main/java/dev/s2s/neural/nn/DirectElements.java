package dev.s2s.neural.nn;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Element access, in double, to the memory of a contiguous c-ordered FLOAT or DOUBLE array
 * without copying it (a direct NIO view). For hand-written loops over parameter rows where many
 * small INDArray ops would cost more in dispatch than in arithmetic.
 */
abstract class DirectElements {
  /** Value at flat (row-major) index i. */
  abstract double get(int i);

  /** Adds v to the element at flat index i. */
  abstract void add(int i, double v);

  /** A view of {@code a}, which must be FLOAT or DOUBLE, c-ordered and not a view. */
  static DirectElements of(INDArray a) {
    if (a.isView() || a.ordering() != 'c') {
      throw new IllegalArgumentException("direct access needs a contiguous c-ordered array");
    }
    if (a.dataType() == DataType.FLOAT) {
      return new Floats(a.data().asNioFloat());
    }
    if (a.dataType() == DataType.DOUBLE) {
      return new Doubles(a.data().asNioDouble());
    }
    throw new IllegalArgumentException("direct access supports FLOAT and DOUBLE, not " + a.dataType());
  }

  private static final class Floats extends DirectElements {
    private final FloatBuffer buf;

    Floats(FloatBuffer buf) {
      this.buf = buf;
    }

    @Override
    double get(int i) {
      return buf.get(i);
    }

    @Override
    void add(int i, double v) {
      buf.put(i, (float) (buf.get(i) + v));
    }
  }

  private static final class Doubles extends DirectElements {
    private final DoubleBuffer buf;

    Doubles(DoubleBuffer buf) {
      this.buf = buf;
    }

    @Override
    double get(int i) {
      return buf.get(i);
    }

    @Override
    void add(int i, double v) {
      buf.put(i, buf.get(i) + v);
    }
  }
}

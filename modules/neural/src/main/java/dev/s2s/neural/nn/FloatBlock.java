package dev.s2s.neural.nn;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A rectangular block [rows, cols] of a row-major 2-D float array, addressed by offsets into the
 * array's native memory instead of ND4J views (creating an ND4J view costs about 20 us, more than
 * the arithmetic of a small recurrent step). Element (r, c) of the block sits at buffer index
 * {@code offset + r * ld + c}. Blocks share memory with the array they come from; inner loops read
 * and write it through {@link #buffer()} and {@link #index(int, int)}, products go through
 * {@link Blas#gemm(FloatBlock, boolean, FloatBlock, boolean, FloatBlock, float, float)}.
 */
public final class FloatBlock {
  private final INDArray base;
  private final FloatBuffer buffer;
  private final int ld;
  private final int offset;
  private final int rows;
  private final int cols;

  private FloatBlock(INDArray base, FloatBuffer buffer, int ld, int offset, int rows, int cols) {
    this.base = base;
    this.buffer = buffer;
    this.ld = ld;
    this.offset = offset;
    this.rows = rows;
    this.cols = cols;
  }

  /** The whole of {@code a}, which must be a 2-D float array with unit column stride. */
  public static FloatBlock of(INDArray a) {
    if (a.rank() != 2 || a.dataType() != DataType.FLOAT) {
      throw new IllegalArgumentException("FloatBlock needs a 2-D FLOAT array, got " + a.dataType() + " rank " + a.rank());
    }
    long rows = a.size(0);
    long cols = a.size(1);
    long ld = rows <= 1 ? cols : a.stride(0);
    if ((cols > 1 && a.stride(1) != 1) || ld < cols || a.offset() + rows * ld > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("FloatBlock needs unit column stride and row stride >= columns, got strides "
          + java.util.Arrays.toString(a.stride()) + " for shape " + java.util.Arrays.toString(a.shape()));
    }
    FloatBuffer b = a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    return new FloatBlock(a, b, (int) Math.max(ld, 1), (int) a.offset(), (int) rows, (int) cols);
  }

  /** Whether {@link #of(INDArray)} accepts {@code a}. */
  public static boolean fits(INDArray a) {
    return a.rank() == 2 && a.dataType() == DataType.FLOAT && (a.size(1) <= 1 || a.stride(1) == 1)
        && (a.size(0) <= 1 || a.stride(0) >= a.size(1));
  }

  /** Rows [from, from + count) of this block. */
  public FloatBlock rows(int from, int count) {
    check(from, count, rows, "rows");
    return new FloatBlock(base, buffer, ld, offset + from * ld, count, cols);
  }

  /** Columns [from, from + count) of this block. */
  public FloatBlock cols(int from, int count) {
    check(from, count, cols, "columns");
    return new FloatBlock(base, buffer, ld, offset + from, rows, count);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  /** Distance in elements between the starts of consecutive rows. */
  public int ld() {
    return ld;
  }

  /** Buffer index of element (r, c). */
  public int index(int r, int c) {
    return offset + r * ld + c;
  }

  /** The whole underlying buffer (absolute indexing with {@link #index}). */
  public FloatBuffer buffer() {
    return buffer;
  }

  public float get(int r, int c) {
    return buffer.get(offset + r * ld + c);
  }

  public void set(int r, int c, float v) {
    buffer.put(offset + r * ld + c, v);
  }

  /** Copies {@code len} elements of row r from column c on into dst[off, off + len). */
  public void readRow(int r, int c, float[] dst, int off, int len) {
    buffer.get(offset + r * ld + c, dst, off, len);
  }

  /** Copies src[off, off + len) into row r from column c on. */
  public void writeRow(int r, int c, float[] src, int off, int len) {
    buffer.put(offset + r * ld + c, src, off, len);
  }

  /** Copies this block into {@code dst}, which has the same shape (the blocks must not overlap). */
  public void copyTo(FloatBlock dst) {
    if (dst.rows != rows || dst.cols != cols) {
      throw new IllegalArgumentException("copy of a [" + rows + ", " + cols + "] block into a [" + dst.rows + ", "
          + dst.cols + "] block");
    }
    for (int r = 0; r < rows; r++) {
      dst.buffer.put(dst.index(r, 0), buffer, index(r, 0), cols);
    }
  }

  /** Sets every element of the block to {@code v}. */
  public void fill(float v) {
    for (int r = 0; r < rows; r++) {
      for (int i = offset + r * ld, end = i + cols; i < end; i++) {
        buffer.put(i, v);
      }
    }
  }

  /** A pointer to element (0, 0) for native calls. */
  FloatPointer pointer() {
    return new FloatPointer(base.data().addressPointer()).position(offset);
  }

  private static void check(int from, int count, int size, String what) {
    if (from < 0 || count < 0 || from + count > size) {
      throw new IndexOutOfBoundsException(what + " [" + from + ", " + (from + count) + ") outside [0, " + size + ")");
    }
  }
}

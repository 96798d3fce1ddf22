package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class FloatBlockTest {
  private static final float[][] TABLE = {{0, 1, 2}, {10, 11, 12}, {20, 21, 22}, {30, 31, 32}};

  @Test
  void blockOfAWholeArrayAddressesItsElements() {
    FloatBlock b = FloatBlock.of(Nd4j.createFromArray(TABLE));
    assertEquals(4, b.rows());
    assertEquals(3, b.cols());
    assertEquals(21f, b.get(2, 1));
    assertEquals(12f, b.rows(1, 2).cols(2, 1).get(0, 0));
  }

  @Test
  void blockOfAViewStartsAtTheViewsFirstElement() {
    INDArray a = Nd4j.createFromArray(TABLE);
    INDArray view = a.get(NDArrayIndex.interval(1, 4), NDArrayIndex.interval(1, 3)); // offset 4, row stride 3
    FloatBlock b = FloatBlock.of(view);
    assertEquals(3, b.ld());
    assertEquals(11f, b.get(0, 0));
    assertEquals(32f, b.get(2, 1));
    b.set(1, 0, -1f); // writes through to the array
    assertEquals(-1f, a.getFloat(2, 1));
    float[] row = new float[2];
    b.readRow(2, 0, row, 0, 2);
    assertArrayEquals(new float[] {31, 32}, row);
  }

  @Test
  void rejectsArraysWhoseColumnsAreNotContiguous() {
    INDArray t = Nd4j.createFromArray(TABLE).transpose(); // column stride 3
    assertFalse(FloatBlock.fits(t));
    assertThrows(IllegalArgumentException.class, () -> FloatBlock.of(t));
  }
}

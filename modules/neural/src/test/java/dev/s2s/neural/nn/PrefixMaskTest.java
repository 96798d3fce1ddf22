package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class PrefixMaskTest {
  @Test
  void lengthsCountTheLeadingOnesOfEachColumn() {
    INDArray mask = Nd4j.createFromArray(new float[][] {{1, 1, 1}, {1, 0, 1}, {0, 0, 1}}); // [time 3, batch 3]
    assertArrayEquals(new int[] {2, 1, 3}, PrefixMask.lengths(mask));
    assertArrayEquals(new int[] {2, 1, 3}, PrefixMask.lengths(mask.castTo(DataType.DOUBLE)));
  }

  @Test
  void lengthsOfAViewReadOnlyTheView() {
    INDArray mask = Nd4j.createFromArray(new float[][] {{1, 1, 1}, {1, 0, 1}, {0, 0, 1}});
    INDArray lastTwoColumns = mask.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 3));
    assertArrayEquals(new int[] {1, 3}, PrefixMask.lengths(lastTwoColumns));
  }

  @Test
  void lengthsRoundTripThroughOf() {
    int[] lengths = {4, 0, 2, 1};
    assertArrayEquals(lengths, PrefixMask.lengths(PrefixMask.of(lengths, 5, DataType.FLOAT)));
  }

  @Test
  void aOneAfterPaddingNamesColumnValueAndTime() {
    INDArray mask = Nd4j.createFromArray(new float[][] {{1, 1}, {0, 1}, {1, 0}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrefixMask.lengths(mask));
    assertEquals("mask column 0 is not a prefix of ones: value 1.0 at time 2 after padding began at time 1",
        e.getMessage());
  }
}

package dev.s2s.neural.rnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LengthOrderTest {
  // lengths 2, 3, 1, 3: sorted rows 1, 3 (tie kept in order), 0, 2
  private static final LengthOrder ORDER = LengthOrder.of(new int[] {2, 3, 1, 3});

  @Test
  void sortsIdsByDecreasingLengthKeepingTies() {
    // time-major ids: step t, row b = 10 * b + t
    int[] ids = {0, 10, 20, 30, 1, 11, 21, 31};
    assertArrayEquals(new int[] {10, 30, 0, 20, 11, 31, 1, 21}, ORDER.sortIds(ids, 2));
  }

  @Test
  void sortedMaskHasItsRealRowsFirst() {
    INDArray mask = Nd4j.createFromArray(new float[][] {{1, 1, 1, 1}, {1, 1, 0, 1}, {0, 1, 0, 1}});
    INDArray sorted = ORDER.sortMask(mask);
    assertEquals(Nd4j.createFromArray(new float[][] {{1, 1, 1, 1}, {1, 1, 1, 0}, {1, 1, 0, 0}}), sorted);
  }

  @Test
  void restoreUndoesSortForRowsAndSteps() {
    INDArray rows = Nd4j.createFromArray(new float[][] {{0, 0}, {1, 1}, {2, 2}, {3, 3}});
    assertEquals(Nd4j.createFromArray(new float[][] {{1, 1}, {3, 3}, {0, 0}, {2, 2}}), ORDER.sortRows(rows));
    assertEquals(rows, ORDER.restoreRows(ORDER.sortRows(rows)));
    INDArray steps = Nd4j.rand(DataType.FLOAT, 3, 4, 2);
    assertEquals(steps, ORDER.restoreSteps(ORDER.sortSteps(steps)));
    assertEquals(steps.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(3),
        org.nd4j.linalg.indexing.NDArrayIndex.all()), ORDER.sortSteps(steps).get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
        org.nd4j.linalg.indexing.NDArrayIndex.point(1), org.nd4j.linalg.indexing.NDArrayIndex.all()));
  }

  @Test
  void anOrderedBatchIsLeftAsItIs() {
    LengthOrder o = LengthOrder.of(new int[] {5, 5, 2});
    assertTrue(o.isIdentity());
    assertFalse(ORDER.isIdentity());
    int[] ids = {1, 2, 3};
    assertSame(ids, o.sortIds(ids, 1));
  }
}

package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class WeightSnapshotTest {
  @Test
  void isCurrentUntilAnyValueChanges() {
    Param a = new Param("a", Nd4j.create(new float[] {1, 2, 3, 4}, new long[] {2, 2}, 'c'));
    Param b = new Param("b", Nd4j.create(new float[] {5, 6}, new long[] {1, 2}, 'c'));
    WeightSnapshot s = new WeightSnapshot(a, b);
    assertFalse(s.isCurrent(), "nothing taken yet");
    var copies = s.take();
    assertTrue(s.isCurrent());
    assertNotSame(a.value(), copies[0]);
    assertArrayEquals(new float[] {5, 6}, copies[1].data().asFloat());
    b.value().putScalar(1, 6.5f);
    assertFalse(s.isCurrent(), "b changed");
    s.take();
    assertTrue(s.isCurrent());
    a.value().putScalar(0, 0, 1.0f); // the same value written again
    assertTrue(s.isCurrent());
  }

  @Test
  void acceptsFloatParametersOnly() {
    Param d = new Param("d", Nd4j.zeros(DataType.DOUBLE, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> new WeightSnapshot(d));
  }
}

package dev.s2s.neural.rnn;

import static dev.s2s.neural.rnn.RnnTestSupport.mask;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class StepMaskTest {
  private static int[] activeRows(StepMask m) {
    int[] a = new int[m.steps()];
    for (int t = 0; t < a.length; t++) {
      a[t] = m.activeRows(t);
    }
    return a;
  }

  @Test
  void activeRowsEndAfterTheLastRealRowOfEachStep() {
    // lengths 3, 1, 0: step 0 has rows 0 and 1, steps 1 and 2 row 0 only
    assertArrayEquals(new int[] {2, 1, 1}, activeRows(new StepMask(mask(3, 3, 1, 0), 3, 3, DataType.FLOAT)));
    // lengths 2, 0, 3: padding row 1 lies between real rows, so every step keeps all three
    assertArrayEquals(new int[] {3, 3, 3}, activeRows(new StepMask(mask(3, 2, 0, 3), 3, 3, DataType.FLOAT)));
  }

  @Test
  void aStepOfPaddingOnlyHasNoActiveRows() {
    assertEquals(0, new StepMask(mask(2, 1, 1), 2, 2, DataType.FLOAT).activeRows(1));
  }

  @Test
  void withoutAMaskEveryRowIsActive() {
    assertArrayEquals(new int[] {4, 4}, activeRows(new StepMask(null, 2, 4, DataType.FLOAT)));
  }
}

package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class DropoutTest {
  @Test
  void maskValuesRateAndSeed() {
    Dropout d = new Dropout(0.25);
    INDArray m = d.mask(DataType.FLOAT, new SplittableRandom(3), 100, 100);
    long zeros = m.eq(0).castTo(DataType.INT32).sumNumber().longValue();
    long kept = m.eq(4.0 / 3).castTo(DataType.INT32).sumNumber().longValue();
    assertEquals(10000, zeros + kept); // every entry is 0 or 1/(1-p)
    assertEquals(2500, zeros, 200); // ~ p * n, 4.6 binomial std devs
    assertEquals(m, d.mask(DataType.FLOAT, new SplittableRandom(3), 100, 100));
    assertNull(d.mask(DataType.FLOAT, null, 2));
    assertNull(new Dropout(0).mask(DataType.FLOAT, new SplittableRandom(1), 2));
    assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0));
  }
}

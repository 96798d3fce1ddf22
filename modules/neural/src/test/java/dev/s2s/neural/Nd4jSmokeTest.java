package dev.s2s.neural;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import static org.junit.jupiter.api.Assertions.assertEquals;
class Nd4jSmokeTest {
  @Test void gemmWorks() { assertEquals(12.0 /* 2x2 entries, each a sum of 3 ones */, Nd4j.ones(2,3).mmul(Nd4j.ones(3,2)).sumNumber().doubleValue(), 1e-9); }
}

package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.common.UserException;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class ExponentialMovingAverageTest {
  private static ParamSet oneParam(float... values) {
    ParamSet ps = new ParamSet();
    ps.add(new Param("w", Nd4j.createFromArray(values).reshape(1, values.length)));
    return ps;
  }

  private static float[] values(ParamSet ps) {
    return ps.get("w").value().dup().data().asFloat();
  }

  @Test
  void decayRisesTowardsItsCapAsTensorFlowsNumUpdates() {
    ExponentialMovingAverage ema = new ExponentialMovingAverage(oneParam(0f), 0.999);
    assertEquals(2.0 / 11, ema.decayAt(1), 1e-15);
    assertEquals(101.0 / 110, ema.decayAt(100), 1e-15);
    assertEquals(0.999, ema.decayAt(100_000), 1e-15);
  }

  @Test
  void averagesFollowTheUpdatesByHand() {
    ParamSet ps = oneParam(0f, 10f);
    ExponentialMovingAverage ema = new ExponentialMovingAverage(ps, 0.5);
    ps.get("w").value().assign(Nd4j.createFromArray(11f, 0f).reshape(1, 2));
    ema.update(1); // d = 2/11: 2/11 [0, 10] + 9/11 [11, 0] = [9, 20/11]
    assertArrayEquals(new float[] {9f, 20f / 11}, ema.values().get("w").data().asFloat(), 1e-5f);
    ps.get("w").value().assign(1f);
    ema.update(2); // d = 3/12: 0.25 [9, 20/11] + 0.75 [1, 1] = [3, 5/11 + 3/4]
    assertArrayEquals(new float[] {3f, 5f / 11 + 0.75f}, ema.values().get("w").data().asFloat(), 1e-5f);
    ps.get("w").value().assign(5f);
    ema.update(1000); // d = 0.5 (the cap): 0.5 [3, 1.2045] + 0.5 [5, 5]
    assertArrayEquals(new float[] {4f, (5f / 11 + 0.75f + 5f) / 2}, ema.values().get("w").data().asFloat(), 1e-5f);
    assertArrayEquals(new float[] {5f, 5f}, values(ps), 0f, "the parameters themselves are untouched");
  }

  @Test
  void withAveragesSwapsThemInAndRestoresTheParametersExactlyAlsoOnFailure() {
    ParamSet ps = oneParam(0f, 10f);
    ExponentialMovingAverage ema = new ExponentialMovingAverage(ps, 0.5);
    ps.get("w").value().assign(Nd4j.createFromArray(0.1f, 0.7f).reshape(1, 2));
    float[] inside = ema.withAverages(() -> values(ps));
    assertArrayEquals(new float[] {0f, 10f}, inside, 0f);
    assertArrayEquals(new float[] {0.1f, 0.7f}, values(ps), 0f);
    assertThrows(IllegalStateException.class, () -> ema.withAverages(() -> {
      throw new IllegalStateException("validation failed");
    }));
    assertArrayEquals(new float[] {0.1f, 0.7f}, values(ps), 0f);
  }

  @Test
  void loadChecksNamesAndShapes() {
    ExponentialMovingAverage ema = new ExponentialMovingAverage(oneParam(0f, 10f), 0.5);
    ema.load(Map.of("w", Nd4j.createFromArray(3f, 4f).reshape(1, 2)), "x.ckpt");
    assertArrayEquals(new float[] {3f, 4f}, ema.values().get("w").data().asFloat(), 0f);
    UserException e = assertThrows(UserException.class,
        () -> ema.load(Map.of("w", Nd4j.zeros(DataType.FLOAT, 1, 3)), "x.ckpt"));
    assertTrue(e.getMessage().contains("x.ckpt (moving averages): parameter 'w' has shape [1, 3]"), e.getMessage());
    e = assertThrows(UserException.class, () -> ema.load(Map.of("v", Nd4j.zeros(DataType.FLOAT, 1, 2)), "x.ckpt"));
    assertTrue(e.getMessage().contains("missing [w], unexpected [v]"), e.getMessage());
  }

  @Test
  void decayMustLieStrictlyBetweenZeroAndOne() {
    assertThrows(IllegalArgumentException.class, () -> new ExponentialMovingAverage(oneParam(0f), 0));
    assertThrows(IllegalArgumentException.class, () -> new ExponentialMovingAverage(oneParam(0f), 1));
  }
}

package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class GradientClipperTest {
  private static List<Param> grads() {
    Param a = new Param("a", Nd4j.zeros(2));
    Param b = new Param("b", Nd4j.zeros(1));
    a.grad().assign(Nd4j.createFromArray(new double[] {3, 0}));
    b.grad().assign(Nd4j.createFromArray(new double[] {-4}));
    return List.of(a, b);
  }

  @Test
  void globalNorm() {
    List<Param> ps = grads();
    assertEquals(5.0, new GradientClipper(ClipMode.GLOBAL_NORM, 1).clip(ps), 1e-12);
    assertEquals(0.6, ps.get(0).grad().getDouble(0), 1e-6); // 3/5
    assertEquals(-0.8, ps.get(1).grad().getDouble(0), 1e-6); // -4/5
  }

  @Test
  void perParamNormAndValue() {
    List<Param> ps = grads();
    new GradientClipper(ClipMode.PER_PARAM_NORM, 2).clip(ps);
    assertEquals(2.0, ps.get(0).grad().getDouble(0), 1e-5); // 3 -> 2
    assertEquals(-2.0, ps.get(1).grad().getDouble(0), 1e-5); // -4 -> -2
    ps = grads();
    new GradientClipper(ClipMode.VALUE, 3.5).clip(ps);
    assertEquals(3.0, ps.get(0).grad().getDouble(0), 0);
    assertEquals(-3.5, ps.get(1).grad().getDouble(0), 0);
    ps = grads();
    new GradientClipper(ClipMode.NONE, 0).clip(ps);
    assertEquals(-4.0, ps.get(1).grad().getDouble(0), 0);
  }
}

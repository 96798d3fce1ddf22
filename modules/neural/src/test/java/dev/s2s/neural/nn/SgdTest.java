package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class SgdTest {
  @Test
  void twoStepsByHandInFloatAndDouble() {
    Param f = new Param("f", Nd4j.createFromArray(new float[] {1f, -2f, 0.25f}));
    Param d = new Param("d", Nd4j.createFromArray(new double[] {3.0, 0.0}));
    Sgd sgd = new Sgd(List.of(f, d), 0.5);
    f.grad().assign(Nd4j.createFromArray(new float[] {0.5f, -4f, 0f}));
    d.grad().assign(Nd4j.createFromArray(new double[] {1.0, -0.125}));
    sgd.step();
    // p - 0.5 g: 1 - 0.25, -2 + 2, 0.25 - 0; 3 - 0.5, 0 + 0.0625
    assertArrayEquals(new float[] {0.75f, 0f, 0.25f}, f.value().toFloatVector(), 0f);
    assertArrayEquals(new double[] {2.5, 0.0625}, d.value().toDoubleVector(), 0.0);
    sgd.setLearningRate(2.0);
    sgd.step(); // the same gradients (step does not zero them), now 2 g
    assertArrayEquals(new float[] {-0.25f, 8f, 0.25f}, f.value().toFloatVector(), 0f);
    assertArrayEquals(new double[] {0.5, 0.3125}, d.value().toDoubleVector(), 0.0);
    assertEquals(2, sgd.stepCount());
    assertEquals(2.0, sgd.learningRate());
  }

  @Test
  void aViewParameterIsUpdatedInPlace() {
    // a column of a matrix: a strided view, updated without touching the other column
    var matrix = Nd4j.createFromArray(new float[][] {{1f, 10f}, {2f, 20f}});
    Param column = new Param("c", matrix.getColumn(0));
    assertTrue(column.value().isView());
    column.grad().assign(1f);
    new Sgd(List.of(column), 0.5).step();
    assertArrayEquals(new float[] {0.5f, 10f, 1.5f, 20f}, matrix.reshape(4).toFloatVector(), 0f);
  }

  @Test
  void stateIsOnlyTheStepCount() {
    Param p = new Param("p", Nd4j.zeros(DataType.FLOAT, 2));
    Sgd sgd = new Sgd(List.of(p), 1.0);
    assertTrue(sgd.state().isEmpty());
    sgd.loadState(Map.of(), 41, "test");
    assertEquals(41, sgd.stepCount());
    assertEquals("sgd", sgd.name());
  }
}

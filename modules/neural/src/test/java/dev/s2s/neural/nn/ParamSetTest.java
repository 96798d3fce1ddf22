package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.common.UserException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ParamSetTest {
  @TempDir Path dir;

  @Test
  void saveLoadRoundTrip() {
    ParamSet a = new ParamSet();
    a.create("x", DataType.FLOAT, 2, 3).value().assign(Nd4j.createFromArray(new float[][] {{1, 2, 3}, {4, 5, 6}}));
    a.create("y", DataType.FLOAT, 1, 4).value().assign(7);
    Path f = dir.resolve("p.bin");
    a.save(f);
    ParamSet b = new ParamSet();
    b.create("x", DataType.FLOAT, 2, 3);
    b.create("y", DataType.FLOAT, 1, 4);
    b.load(f);
    assertEquals(a.get("x").value(), b.get("x").value());
    assertEquals(28.0, b.get("y").value().sumNumber().doubleValue(), 0); // 4 entries of 7
    assertEquals(10, b.count());
  }

  @Test
  void loadNamesShapeMismatch() {
    ParamSet a = new ParamSet();
    a.create("x", DataType.FLOAT, 2, 3);
    Path f = dir.resolve("p.bin");
    a.save(f);
    ParamSet b = new ParamSet();
    b.create("x", DataType.FLOAT, 3, 2);
    UserException e = assertThrows(UserException.class, () -> b.load(f));
    assertTrue(e.getMessage().contains("'x' has shape [2, 3] in the file but the model expects [3, 2]"), e.getMessage());
    ParamSet c = new ParamSet();
    c.create("z", DataType.FLOAT, 2, 3);
    e = assertThrows(UserException.class, () -> c.load(f));
    assertTrue(e.getMessage().contains("missing [z], unexpected [x]"), e.getMessage());
  }

  @Test
  void missingFileAndDuplicateName() {
    ParamSet a = new ParamSet();
    a.create("x", DataType.FLOAT, 1);
    UserException e = assertThrows(UserException.class, () -> a.load(dir.resolve("none.bin")));
    assertTrue(e.getMessage().contains("none.bin: parameter file does not exist"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> a.create("x", DataType.FLOAT, 1));
  }

  @Test
  void assignIntoCopiesAllOrNothing() {
    INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 2);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 1, 3);
    Map<String, INDArray> targets = new LinkedHashMap<>();
    targets.put("x", x);
    targets.put("y", y);
    Map<String, INDArray> wrongY = Map.of("x", Nd4j.createFromArray(1f, 2f).reshape(1, 2),
        "y", Nd4j.zeros(DataType.FLOAT, 1, 4));
    UserException e = assertThrows(UserException.class, () -> ParamSet.assignInto(targets, wrongY, "avg.bin"));
    assertTrue(e.getMessage().startsWith("avg.bin: parameter 'y' has shape [1, 4]"), e.getMessage());
    assertEquals(0.0, x.sumNumber().doubleValue(), 0); // x not copied either
    ParamSet.assignInto(targets, Map.of("x", Nd4j.createFromArray(1d, 2d).reshape(1, 2),
        "y", Nd4j.createFromArray(3f, 4f, 5f).reshape(1, 3)), "avg.bin");
    assertArrayEquals(new float[] {1, 2}, x.toFloatVector(), 0); // cast from DOUBLE
    assertArrayEquals(new float[] {3, 4, 5}, y.toFloatVector(), 0);
  }
}

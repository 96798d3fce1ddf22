package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.common.UserException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
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
}

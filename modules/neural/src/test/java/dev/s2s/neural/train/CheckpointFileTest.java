package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CheckpointFileTest {
  @TempDir
  Path dir;

  private static Map<String, INDArray> section(String name, float... values) {
    Map<String, INDArray> m = new LinkedHashMap<>();
    m.put(name, Nd4j.createFromArray(values).reshape(1, values.length));
    return m;
  }

  @Test
  void roundTripsStateAndSectionsAndReadsOnlyTheSectionsAskedFor() {
    Path f = dir.resolve("a.ckpt");
    Map<String, String> state = new LinkedHashMap<>();
    state.put("step", "12");
    state.put("note", "two words");
    CheckpointFile.write(f, "s2s-test-v1", state,
        List.of(section("w", 1f, 2f, 3f), section("m", -1f), section("carried/0", 0.5f, 0.25f)));
    CheckpointFile.Contents all = CheckpointFile.read(f, "s2s-test-v1", "test checkpoint", 3);
    assertEquals(state, all.state());
    assertEquals(3, all.sections().size());
    assertArrayEquals(new float[] {1f, 2f, 3f}, all.sections().get(0).get("w").toFloatVector());
    assertArrayEquals(new float[] {0.5f, 0.25f}, all.sections().get(2).get("carried/0").toFloatVector());
    assertEquals(DataType.FLOAT, all.sections().get(1).get("m").dataType());
    CheckpointFile.Contents first = CheckpointFile.read(f, "s2s-test-v1", "test checkpoint", 1);
    assertEquals(1, first.sections().size());
  }

  @Test
  void userErrorsNameTheFileAndWhatWasExpected() throws IOException {
    Path f = dir.resolve("b.ckpt");
    CheckpointFile.write(f, "s2s-other-v1", Map.of(), List.of(section("w", 1f)));
    UserException wrong = assertThrows(UserException.class, () -> CheckpointFile.read(f, "s2s-test-v1", "test checkpoint", 1));
    assertTrue(wrong.getMessage().contains(f + ": not a test checkpoint (header 's2s-other-v1', expected 's2s-test-v1')"),
        wrong.getMessage());
    UserException missing = assertThrows(UserException.class,
        () -> CheckpointFile.read(dir.resolve("none.ckpt"), "s2s-test-v1", "test checkpoint", 1));
    assertTrue(missing.getMessage().contains("none.ckpt: checkpoint does not exist"), missing.getMessage());
    byte[] whole = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.ckpt");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 3));
    UserException truncated = assertThrows(UserException.class, () -> CheckpointFile.read(cut, "s2s-other-v1", "test checkpoint", 1));
    assertTrue(truncated.getMessage().contains("cut.ckpt: array 'w' is truncated or corrupt"), truncated.getMessage());
    Path headerOnly = dir.resolve("header.ckpt");
    Files.write(headerOnly, Arrays.copyOf(whole, 16));
    UserException shortState = assertThrows(UserException.class,
        () -> CheckpointFile.read(headerOnly, "s2s-other-v1", "test checkpoint", 1));
    assertTrue(shortState.getMessage().contains("header.ckpt: cannot read test checkpoint"), shortState.getMessage());
  }
}

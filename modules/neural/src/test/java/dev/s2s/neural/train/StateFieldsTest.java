package dev.s2s.neural.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateFieldsTest {
  private static StateFields fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return new StateFields(m, "run/last.ckpt");
  }

  @Test
  void readsTypedValuesAndPrefixedGroupsInFileOrder() {
    StateFields f = fields("step", "12", "lr", "5.0E-4", "position.fr", "2,17", "position.de", "1,0", "epoch", "3");
    assertEquals(12L, f.longValue("step"));
    assertEquals(3, f.intValue("epoch"));
    assertEquals(5.0e-4, f.doubleValue("lr"), 0.0);
    assertEquals(List.of("fr", "de"), List.copyOf(f.withPrefix("position.").keySet()));
    Map<String, long[]> pos = TrainerState.positions(f);
    assertArrayEquals(new long[] {2, 17}, pos.get("fr"));
    assertArrayEquals(new long[] {1, 0}, pos.get("de"));
  }

  @Test
  void missingOrMalformedValuesAreUserErrorsNamingFileKeyAndValue() {
    UserException missing = assertThrows(UserException.class, () -> fields("step", "1").longValue("seed"));
    assertEquals("run/last.ckpt: checkpoint lacks trainer state key 'seed'", missing.getMessage());
    UserException notInt = assertThrows(UserException.class, () -> fields("step", "1.5").longValue("step"));
    assertEquals("run/last.ckpt: trainer state key 'step' is '1.5', expected an integer", notInt.getMessage());
    UserException notNumber = assertThrows(UserException.class, () -> fields("lr", "fast").doubleValue("lr"));
    assertEquals("run/last.ckpt: trainer state key 'lr' is 'fast', expected a number", notNumber.getMessage());
    UserException badPosition = assertThrows(UserException.class, () -> TrainerState.positions(fields("position.de", "4")));
    assertTrue(badPosition.getMessage().contains("'position.de' is '4', expected epoch,cursor"), badPosition.getMessage());
  }
}

package dev.s2s.text.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCountsTest {
  @Test
  void counts() {
    TokenCounts c = new TokenCounts();
    c.addAll(List.of("a", "b", "a"));
    c.add("c", 5);
    assertEquals(2, c.count("a"));
    assertEquals(0, c.count("z"));
    assertEquals(3, c.distinct());
    assertEquals(Map.of("a", 2L, "b", 1L, "c", 5L), c.asMap());
    assertThrows(IllegalArgumentException.class, () -> c.add("x", -1));
  }
}

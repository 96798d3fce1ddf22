package dev.s2s.eval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {
  @Test
  void splitsOnNewlineOnlyAndStripsTrailingWhitespace() {
    String text = "a b \u00A0\r\n\nc\u2028d  \n last";
    List<String> s = Segments.read(in(text), "t");
    // empty line kept; U+2028 is not a line break for sacreBLEU's file reading
    assertEquals(List.of("a b", "", "c\u2028d", " last"), s);
  }

  @Test
  void differentLineCountsNameBothSources() {
    UserException e =
        assertThrows(
            UserException.class,
            () -> Segments.checkSameLength("hyp.txt", List.of("a", "b"), "ref.txt", List.of("a")));
    assertTrue(e.getMessage().contains("hyp.txt has 2 lines"), e.getMessage());
    assertTrue(e.getMessage().contains("ref.txt has 1 lines"), e.getMessage());
  }

  @Test
  void nonUtf8NamesByteOffset() {
    byte[] bytes = {'o', 'k', '\n', (byte) 0xC3, 'x'};
    UserException e =
        assertThrows(UserException.class, () -> Segments.read(new ByteArrayInputStream(bytes), "hyp"));
    assertTrue(e.getMessage().contains("hyp: not valid UTF-8 at byte offset 3"), e.getMessage());
  }

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}

package dev.s2s.neural.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenStreamTest {
  @Test
  void segmentsContinueEachStream() {
    // 11 tokens 0..10, B = 2: L = 10 / 2 = 5; stream 0 reads 0..4 -> predicts 1..5,
    // stream 1 reads 5..9 -> predicts 6..10. bptt 3: segments of 3 and 2 steps.
    int[] tokens = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    TokenStream s = new TokenStream(tokens, 2, 3);
    assertEquals(5, s.streamLength());
    assertEquals(2, s.segments());
    assertEquals(10, s.predictions());
    TokenStream.Segment first = s.segment(0);
    assertEquals(3, first.steps());
    assertArrayEquals(new int[] {0, 5, 1, 6, 2, 7}, first.inputs());
    assertArrayEquals(new int[] {1, 6, 2, 7, 3, 8}, first.targets());
    TokenStream.Segment second = s.segment(1);
    assertEquals(2, second.steps());
    assertArrayEquals(new int[] {3, 8, 4, 9}, second.inputs());
    assertArrayEquals(new int[] {4, 9, 5, 10}, second.targets());
  }

  @Test
  void tooShortStreamIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TokenStream(new int[] {1, 2}, 2, 5));
    assertTrue(e.getMessage().contains("2 tokens cannot fill 2 streams"), e.getMessage());
  }
}

package dev.s2s.neural.seq2seq;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class Seq2SeqBatchTest {
  @Test
  void layoutByHand() {
    SpecialTokens sp = new SpecialTokens(0, 1, 2);
    Seq2SeqBatch b = Seq2SeqBatch.of(List.of(new int[] {5, 6, 7}, new int[] {8}),
        List.of(new int[] {9}, new int[] {10, 11}), sp);
    assertEquals(3, b.sourceSteps());
    // time-major: t0 = (5, 8), t1 = (6, pad), t2 = (7, pad)
    assertArrayEquals(new int[] {5, 8, 6, 0, 7, 0}, b.sourceIds());
    assertArrayEquals(new int[] {3, 1}, b.sourceLengths());
    assertEquals(3, b.targetSteps()); // longest target 2 + EOS
    assertArrayEquals(new int[] {1, 1, 9, 10, 0, 11}, b.targetIn());
    assertArrayEquals(new int[] {9, 10, 2, 11, 0, 2}, b.targetOut());
    assertArrayEquals(new float[] {1, 1, 1, 1, 0, 1}, b.targetMaskValues());
    assertEquals(5, b.targetTokens());
    assertEquals(4.0, b.sourceMask(DataType.FLOAT).sumNumber().doubleValue(), 0);
  }

  @Test
  void badInput() {
    SpecialTokens sp = new SpecialTokens(0, 1, 2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Seq2SeqBatch.of(List.of(new int[] {5}, new int[0]), null, sp));
    assertTrue(e.getMessage().contains("source sentence 1 of the batch is empty"));
    e = assertThrows(IllegalArgumentException.class, () -> Seq2SeqBatch.of(List.of(new int[] {5}), List.of(), sp));
    assertTrue(e.getMessage().contains("1 sources but 0 targets"));
  }

  @Test
  void splitInterleavesSentences() {
    SpecialTokens sp = new SpecialTokens(0, 1, 2);
    Seq2SeqBatch b = Seq2SeqBatch.of(List.of(new int[] {5, 6, 7}, new int[] {8}, new int[] {9, 10}),
        List.of(new int[] {11}, new int[] {12, 13}, new int[] {14}), sp);
    List<Seq2SeqBatch> parts = b.split(2);
    assertEquals(2, parts.size());
    // sentences 0 and 2 in the first part, sentence 1 in the second
    assertArrayEquals(new int[] {5, 9, 6, 10, 7, 0}, parts.get(0).sourceIds());
    assertArrayEquals(new int[] {11, 14, 2, 2}, parts.get(0).targetOut());
    assertArrayEquals(new int[] {8}, parts.get(1).sourceIds());
    assertArrayEquals(new int[] {12, 13, 2}, parts.get(1).targetOut());
    assertEquals(b.targetTokens(), parts.get(0).targetTokens() + parts.get(1).targetTokens());
    assertEquals(3, b.split(5).size(), "never more parts than sentences");
    assertThrows(IllegalArgumentException.class, () -> b.split(0));
  }
}

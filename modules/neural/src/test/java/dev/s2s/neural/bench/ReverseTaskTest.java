package dev.s2s.neural.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReverseTaskTest {
  @Test
  void targetsAreTheReversedSourcesFollowedByEos() {
    BenchShapes shapes = new BenchShapes(12, 4, 4, 3, 2, 5);
    Seq2SeqBatch b = new ReverseTask(shapes, new SplittableRandom(7)).batch(3);
    int n = b.size();
    long tokens = 0;
    for (int i = 0; i < n; i++) {
      int len = b.sourceLengths()[i];
      assertTrue(len >= 2 && len <= 5, "length " + len + " outside 2..5");
      for (int t = 0; t < len; t++) {
        int src = b.sourceIds()[t * n + i];
        assertTrue(src >= 3 && src < 12, "source id " + src + " outside [3, 12)");
        assertEquals(src, b.targetOut()[(len - 1 - t) * n + i], "sentence " + i + " position " + t);
      }
      assertEquals(ReverseTask.SPECIAL.eos(), b.targetOut()[len * n + i]);
      assertEquals(ReverseTask.SPECIAL.bos(), b.targetIn()[i]);
      tokens += len + 1;
    }
    assertEquals(tokens, b.targetTokens());
  }

  @Test
  void sameSeedSameBatches() {
    BenchShapes shapes = new BenchShapes(50, 4, 4, 3, 5, 20);
    int[] a = new ReverseTask(shapes, new SplittableRandom(1)).batch(4).sourceIds();
    int[] c = new ReverseTask(shapes, new SplittableRandom(1)).batch(4).sourceIds();
    org.junit.jupiter.api.Assertions.assertArrayEquals(a, c);
  }
}

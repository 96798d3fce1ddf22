package dev.s2s.tasks.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.eval.Perplexity;
import dev.s2s.neural.lm.RnnLanguageModel;
import dev.s2s.neural.lm.RnnLmConfig;
import dev.s2s.neural.rnn.CellType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class StreamPerplexityTest {
  private static final int[] IDS = {0, 1, 2, 3, 1, 2, 0, 3, 3, 1, 2, 0, 1};

  @Test
  void withoutCarriedStateEverySegmentIsScoredFromZero() {
    RnnLanguageModel lm = new RnnLanguageModel(new RnnLmConfig(4, 3, CellType.IRNN, 4, 1, 0.0, null, false), DataType.DOUBLE, 3);
    // batch 1, bptt 4: segments predict ids 1-4, 5-8 and 9-12 from ids 0-3, 4-7 and 8-11
    double separately = 0;
    for (int from = 0; from < 12; from += 4) {
      separately += StreamPerplexity.of(lm, Arrays.copyOfRange(IDS, from, from + 5), 1, 4).nllNats();
    }
    Perplexity reset = StreamPerplexity.of(lm, IDS, 1, 4, false);
    Perplexity carried = StreamPerplexity.of(lm, IDS, 1, 4, true);
    assertEquals(12, reset.tokens());
    assertEquals(separately, reset.nllNats(), 1e-9);
    assertTrue(Math.abs(carried.nllNats() - reset.nllNats()) > 1e-6, "carrying the state changes the score");
  }
}

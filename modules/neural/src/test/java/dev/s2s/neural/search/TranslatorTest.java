package dev.s2s.neural.search;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.seq2seq.DecoderConfig;
import dev.s2s.neural.seq2seq.EncoderConfig;
import dev.s2s.neural.seq2seq.Readout;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class TranslatorTest {
  private static final SpecialTokens SP = new SpecialTokens(0, 1, 2);

  @Test
  void beamOfOneEqualsGreedyAndForcedScoreMatches() {
    Seq2SeqModel m = Seq2SeqModel.create(new EncoderConfig(9, 4, CellType.GRU, 5, 1, true, 0),
        Map.of("x", new DecoderConfig(8, 4, CellType.LSTM, 5, 2, Readout.CONCAT_TANH, 6, 0),
            "y", new DecoderConfig(8, 4, CellType.GRU, 5, 1, Readout.STATE, 0, 0, 3)), DataType.DOUBLE, 4);
    for (String lang : List.of("x", "y")) {
      check(m, lang);
    }
  }

  private static void check(Seq2SeqModel m, String lang) {
    List<int[]> src = List.of(new int[] {3, 4, 5}, new int[] {8}, new int[] {6, 7, 3, 3});
    Translator greedy = new Translator(m, lang, SP, new SearchConfig(1, 1, LengthPenalty.NONE, 0, 2, 3));
    List<Hypothesis> g = greedy.greedy(src);
    List<List<Hypothesis>> b = greedy.beam(src);
    List<int[]> outs = new ArrayList<>();
    for (int i = 0; i < src.size(); i++) {
      assertArrayEquals(g.get(i).tokens(), b.get(i).get(0).tokens());
      assertEquals(g.get(i).logProb(), b.get(i).get(0).logProb(), 1e-9);
      outs.add(g.get(i).tokens());
    }
    double[] forced = greedy.score(src, outs);
    for (int i = 0; i < src.size(); i++) {
      if (g.get(i).finished()) {
        assertEquals(g.get(i).logProb(), forced[i], BeamSearchTest.SCORE_TOL); // search scores are float
      }
    }
    Translator beam = new Translator(m, lang, SP, new SearchConfig(4, 3, LengthPenalty.GNMT, 0.6, 2, 3));
    List<List<Hypothesis>> nb = beam.beam(src);
    for (List<Hypothesis> l : nb) {
      assertEquals(3, l.size());
      assertTrue(l.get(0).score() >= l.get(1).score() && l.get(1).score() >= l.get(2).score());
    }
  }

  /** Sub-batch results are merged back into the batch's order (split interleaves sentences). */
  @Test
  void shardedSearchReturnsResultsInBatchOrder() {
    List<int[]> src = new ArrayList<>();
    for (int i = 0; i < 37; i++) {
      src.add(new int[] {3 + i % 5, 3 + i / 5});
    }
    Seq2SeqBatch batch = Seq2SeqBatch.of(src, null, SP);
    // 37 sentences x 4 rows >= MIN_ROWS_FOR_SHARDS: one shard per core (none on a one-core machine)
    List<int[]> got = Translator.search(batch, 4, part -> part.sources());
    assertEquals(src.size(), got.size());
    for (int i = 0; i < src.size(); i++) {
      assertArrayEquals(src.get(i), got.get(i), "sentence " + i);
    }
  }

  /** A beam over enough rows to be sharded gives every sentence what it gets searched alone. */
  @Test
  void shardedBeamMatchesSentenceBySentence() {
    Seq2SeqModel m = Seq2SeqModel.create(new EncoderConfig(9, 4, CellType.GRU, 5, 1, true, 0),
        Map.of("x", new DecoderConfig(8, 4, CellType.GRU, 5, 1, Readout.STATE, 0, 0)), DataType.FLOAT, 6);
    Translator tr = new Translator(m, "x", SP, new SearchConfig(4, 2, LengthPenalty.GNMT, 0.6, 2, 3));
    List<int[]> src = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      src.add(i % 3 == 0 ? new int[] {3 + i % 6} : new int[] {3 + i % 6, 8 - i % 4, 4});
    }
    List<List<Hypothesis>> all = tr.beam(src); // 160 rows
    for (int i = 0; i < src.size(); i++) {
      List<Hypothesis> alone = tr.beam(List.of(src.get(i))).get(0);
      assertEquals(alone.size(), all.get(i).size(), "sentence " + i);
      for (int j = 0; j < alone.size(); j++) {
        assertArrayEquals(alone.get(j).tokens(), all.get(i).get(j).tokens(), "sentence " + i + ", hypothesis " + j);
        assertEquals(alone.get(j).logProb(), all.get(i).get(j).logProb(), 1e-4, "sentence " + i + ", hypothesis " + j);
      }
    }
  }
}

package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.eval.conll.ChunkCounts;
import dev.s2s.eval.conll.ConllResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoringTest {
  private static final List<TaggedSentence> GOLD =
      List.of(
          new TaggedSentence(
              List.of("John", "Smith", "went", "to", "Paris", "."),
              List.of("B-PER", "I-PER", "O", "O", "B-LOC", "O")),
          new TaggedSentence(List.of("Acme", "Corp", "rose"), List.of("B-ORG", "I-ORG", "O")));

  private static final List<List<String>> PREDICTED =
      List.of(
          List.of("B-PER", "I-PER", "O", "O", "B-ORG", "O"), List.of("B-ORG", "O", "O"));

  @Test
  void countsChunksLikeConlleval() {
    // By hand: gold chunks PER(John Smith), LOC(Paris), ORG(Acme Corp) = 3; predicted
    // PER(John Smith) correct, ORG(Paris) wrong type, ORG(Acme) wrong end = 3 found, 1 correct.
    // Tags: 9 tokens, Paris and Corp wrong -> 7 correct.
    ConllResult r = NerScoring.score(GOLD, PREDICTED);
    assertEquals(new ChunkCounts(3, 3, 1), r.overall());
    assertEquals(9, r.tokens());
    assertEquals(7, r.correctTags());
    assertEquals(100.0 / 3, r.overall().f1(), 1e-9);
    assertEquals(new ChunkCounts(1, 1, 1), r.byType().get("PER"));
    assertEquals(new ChunkCounts(1, 0, 0), r.byType().get("LOC"));
    assertEquals(new ChunkCounts(1, 2, 0), r.byType().get("ORG"));
  }

  @Test
  void linesAreTokenGoldPredictedWithBlankAfterSentence() {
    List<String> lines = NerScoring.lines(GOLD.subList(1, 2), PREDICTED.subList(1, 2));
    assertEquals(List.of("Acme B-ORG B-ORG", "Corp I-ORG O", "rose O O", ""), lines);
  }

  @Test
  void rejectsShapeMismatch() {
    assertThrows(IllegalArgumentException.class, () -> NerScoring.score(GOLD, PREDICTED.subList(0, 1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NerScoring.score(GOLD, List.of(PREDICTED.get(0), List.of("O"))));
    assertEquals("sentence 1: gold [3] and predicted [1] tags differ in length", e.getMessage());
  }
}

package dev.s2s.eval.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllEvalTest {
  private final ConllEval eval = new ConllEval(ConllOptions.defaults());

  /*
   * Gold chunks: ORG (EU), MISC (German), PER (Peter Blackburn) = 3.
   * Predicted: ORG, MISC, PER (Peter only) = 3; correct: ORG and MISC = 2.
   * Tokens 7 (the blank line is a boundary), correct tags 6 (Blackburn I-PER vs O).
   * accuracy 600/7 = 85.714 -> 85.71; P = R = F = 200/3 = 66.67.
   * MISC and ORG 100 / 100 / 100, found 1 each; PER 0 / 0 / 0, found 1.
   */
  private static final List<String> SMALL =
      List.of(
          "EU NNP B-ORG B-ORG",
          "rejects VBZ O O",
          "German JJ B-MISC B-MISC",
          "call NN O O",
          ". . O O",
          "",
          "Peter NNP B-PER B-PER",
          "Blackburn NNP I-PER O",
          "");

  @Test
  void reportMatchesHandDerivation() {
    ConllResult r = eval.evaluate(SMALL, "small");
    String expected =
        "processed 7 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"
            + "accuracy:  85.71%; precision:  66.67%; recall:  66.67%; FB1:  66.67\n"
            + "             MISC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            + "              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            + "              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n";
    assertEquals(expected, r.report());
    assertEquals(new ChunkCounts(3, 3, 2), r.overall());
    assertEquals(new ChunkCounts(1, 1, 0), r.byType().get("PER"));
    assertEquals(600.0 / 7, r.accuracy(), 1e-12);
  }

  @Test
  void sentenceStatisticsSumToTotals() {
    List<long[]> s = eval.evaluate(SMALL, "small").sentenceStatistics();
    assertEquals(2, s.size());
    // sentence 1: 5 tokens, 5 correct tags, 2 gold, 2 found, 2 correct
    assertEquals(List.of(5L, 5L, 2L, 2L, 2L), boxed(s.get(0)));
    // sentence 2: 2 tokens, 1 correct tag, 1 gold, 1 found, 0 correct
    assertEquals(List.of(2L, 1L, 1L, 1L, 0L), boxed(s.get(1)));
  }

  @Test
  void iob1ChunksStartAtIAfterOAndAtBBetweenSameType() {
    // gold IOB1: I-PER I-PER B-PER = chunks [0,1] and [2]; pred IOB2 with the same chunks.
    // Chunks all correct; the first tag differs, so accuracy is 2/3.
    ConllResult r =
        eval.evaluate(List.of("a I-PER B-PER", "b I-PER I-PER", "c B-PER B-PER"), "iob1");
    assertEquals(new ChunkCounts(2, 2, 2), r.overall());
    assertEquals(2, r.correctTags());
  }

  @Test
  void typeChangeInsideIStartsNewChunk() {
    // gold: I-LOC after I-PER starts a LOC chunk: PER [0], LOC [1]; pred one PER chunk [0,1]
    ConllResult r = eval.evaluate(List.of("a B-PER B-PER", "b I-LOC I-PER"), "t");
    assertEquals(new ChunkCounts(2, 1, 0), r.overall());
  }

  @Test
  void docstartIsAnOrdinaryTokenAndXBreaksSentences() {
    ConllResult r =
        eval.evaluate(List.of("-DOCSTART- O O", "", "a B-PER B-PER", "-X- O O", "b O O"), "d");
    assertEquals(3, r.tokens());
    assertEquals(3, r.sentenceStatistics().size());
  }

  @Test
  void rawModeMakesEveryTagItsOwnChunk() {
    ConllEval raw = new ConllEval(ConllOptions.defaults().withRaw(true).withOutsideTag("NONE"));
    // two adjacent LOC tokens are two chunks in raw mode; NONE is the outside tag
    ConllResult r = raw.evaluate(List.of("a LOC LOC", "b LOC NONE", "c NONE NONE"), "raw");
    assertEquals(new ChunkCounts(2, 1, 1), r.overall());
  }

  @Test
  void tabDelimiter() {
    ConllEval tab = new ConllEval(ConllOptions.defaults().withDelimiter("\t"));
    ConllResult r = tab.evaluate(List.of("New York\tB-LOC\tB-LOC"), "tab");
    assertEquals(new ChunkCounts(1, 1, 1), r.overall());
  }

  @Test
  void lineWithOneFieldIsAUserErrorNamingFileAndLine() {
    UserException e =
        assertThrows(
            UserException.class, () -> eval.evaluate(List.of("a O O", "", "lonely"), "in.txt"));
    assertTrue(e.getMessage().startsWith("in.txt:3: "), e.getMessage());
    assertTrue(e.getMessage().contains("at least 2 fields"), e.getMessage());
  }

  @Test
  void differentFieldCountIsAUserError() {
    UserException e =
        assertThrows(
            UserException.class, () -> eval.evaluate(List.of("a x O O", "b O O"), "in.txt"));
    assertTrue(e.getMessage().startsWith("in.txt:2: found 3 fields, expected 4"), e.getMessage());
  }

  @Test
  void unknownTagPrefixIsAUserErrorNamingFileAndLine() {
    UserException e =
        assertThrows(
            UserException.class,
            () -> eval.evaluate(List.of("a O O", "b B-PER X-PER"), "pred.txt"));
    assertTrue(e.getMessage().startsWith("pred.txt:2: "), e.getMessage());
    assertTrue(e.getMessage().contains("'X-PER'"), e.getMessage());
  }

  @Test
  void nonUtf8InputNamesByteOffset() {
    byte[] bytes = {'a', ' ', 'O', ' ', 'O', '\n', 'b', (byte) 0xFF, ' ', 'O', ' ', 'O', '\n'};
    UserException e =
        assertThrows(
            UserException.class, () -> eval.evaluate(new ByteArrayInputStream(bytes), "stdin"));
    assertTrue(e.getMessage().contains("stdin"), e.getMessage());
    assertTrue(e.getMessage().contains("byte offset 7"), e.getMessage());
  }

  @Test
  void tagSequencesGiveTheSameNumbersAsText() {
    ConllResult r =
        eval.evaluateTags(
            List.of(List.of("B-ORG", "O", "B-MISC", "O", "O"), List.of("B-PER", "I-PER")),
            List.of(List.of("B-ORG", "O", "B-MISC", "O", "O"), List.of("B-PER", "O")));
    assertEquals(eval.evaluate(SMALL, "small").report(), r.report());
  }

  @Test
  void tagSequenceErrorsNameSentenceAndToken() {
    UserException e =
        assertThrows(
            UserException.class,
            () -> eval.evaluateTags(List.of(List.of("O"), List.of("O", "B-PER")),
                List.of(List.of("O"), List.of("O", "S-PER"))));
    assertTrue(e.getMessage().startsWith("tags:2:2: unknown predicted tag 'S-PER'"), e.getMessage());
  }

  private static List<Long> boxed(long[] a) {
    return java.util.Arrays.stream(a).boxed().toList();
  }
}

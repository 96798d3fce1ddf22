package dev.s2s.eval.chrf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChrfTest {
  private final Chrf chrf = new Chrf(ChrfSettings.chrf());

  @Test
  void sentenceChrfByHand() {
    // hyp "ab" ref "ac": 1-grams match 1 of 2 (P = R = 1/2); 2-grams "ab" vs "ac" match 0
    // (P = R = 0); orders 3..6 have no n-grams and do not count: avgP = avgR = 1/4
    // F2 = (1 + 4) * 1/4 * 1/4 / (4 * 1/4 + 1/4) = 0.25 -> 25
    assertEquals(25.0, chrf.sentenceScore("ab", List.of("ac")).score(), 1e-12);
    assertEquals(100.0, chrf.sentenceScore("ab", List.of("ab")).score(), 1e-12);
  }

  @Test
  void whitespaceIsRemovedWithPythonSemantics() {
    // U+00A0 and U+202F are removed like spaces, so these are the same character sequence
    assertEquals(100.0, chrf.sentenceScore("a\u00A0b\u202Fc", List.of("abc")).score(), 1e-12);
  }

  @Test
  void emptyHypothesisScoresZero() {
    assertEquals(0.0, chrf.sentenceScore("", List.of("abc")).score(), 0.0);
  }

  @Test
  void chrfPlusPlusSplitsOnePunctuationMark() {
    assertEquals(
        List.of("Hello", ",", "(world", ")", ".", "'", "s", "x"),
        Chrf.splitPunctuation("Hello, (world) . 's x"));
    Chrf pp = new Chrf(ChrfSettings.chrfPlusPlus());
    assertEquals("chrF2++", pp.name());
    assertEquals("nrefs:1|case:mixed|eff:yes|nc:6|nw:2|space:no|version:2.6.0", pp.signature(1));
  }

  @Test
  void corpusChrfSumsStatisticsBeforeAveraging() {
    // "ab"/"ac" and "ab"/"ab" summed: 1-grams match 3 of 4 (P = R = 3/4), 2-grams 1 of 2
    // (P = R = 1/2): avgP = avgR = 5/8 -> F2 = 62.5
    ChrfScore s =
        chrf.corpusScore(List.of("ab", "ab"), List.of(List.of("ac", "ab")));
    assertEquals(62.5, s.score(), 1e-12);
    assertEquals("chrF2 = 62.50", s.format(2));
  }
}

package dev.s2s.text.subword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BpeCodesTest {
  private static final BpeCodes TOY = new BpeCodes(BpeLearnerTest.TOY_MERGES);

  @Test
  void segmentsByMergeRank() {
    // l o w e s t</w> -> (s, t</w>) rank 0 -> (e, st</w>) 1 -> (l, o) 2 -> (w, est</w>) 3 -> lo west</w>
    assertEquals(List.of("lo@@", "west"), TOY.segment("lowest"));
    // n e w e r</w> -> (n, e) 4 -> (w, e) 10 -> (we, r</w>) 11 -> ne wer</w>
    assertEquals(List.of("ne@@", "wer"), TOY.segment("newer"));
    assertEquals(List.of("low"), TOY.segment("low"));
    assertEquals(List.of("widest"), TOY.segment("widest"));
  }

  @Test
  void unseenCharactersStaySingleSymbols() {
    assertEquals(List.of("x"), TOY.segment("x"));
    assertEquals(List.of("ñ@@", "é@@", "𝄞"), TOY.segment("ñé𝄞"));
    assertEquals(List.of(), TOY.segment(""));
    assertEquals(List.of("low est"), TOY.segment("low est"), "a word with a space stays whole");
  }

  @Test
  void segmentsEveryTokenAndJoinsThemBack() {
    List<String> words = List.of("the", "lowest", "newer", ",", "low");
    List<String> pieces = TOY.segment(words);
    assertEquals(List.of("t@@", "h@@", "e", "lo@@", "west", "ne@@", "wer", ",", "low"), pieces);
    assertEquals(words, BpeCodes.join(pieces));
    assertEquals(List.of("new"), BpeCodes.join(List.of("ne@@", "w@@")), "a dangling continuation ends the word");
  }

  @Test
  void aMergeListedTwiceIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new BpeCodes(BpeLearnerTest.pairs("a b", "c d", "a b")));
    assertThrows(IllegalArgumentException.class, () -> new SymbolPair("a b", "c"));
    assertThrows(IllegalArgumentException.class, () -> new SymbolPair("a", ""));
  }
}

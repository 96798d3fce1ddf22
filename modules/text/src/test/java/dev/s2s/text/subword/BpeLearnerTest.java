package dev.s2s.text.subword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BpeLearnerTest {
  /** The toy vocabulary of Sennrich et al. (2016), section 3.2. */
  static final Map<String, Long> TOY = Map.of("low", 5L, "lower", 2L, "newest", 6L, "widest", 3L);

  /**
   * Derived by hand (end-of-word glued to the last character; ties to the larger pair): (s, t</w>)
   * and (e, s) both occur 9 times, 's' > 'e'; then (e, st</w>) 9; (l, o) 7; (n, e), (e, w) and
   * (w, est</w>) 6 each, 'w' largest; (n, e) 6 against (e, west</w>) 6, 'n' > 'e'; (ne, west</w>)
   * 6; (lo, w</w>) 5; (w, i), (i, d), (d, est</w>) 3, 'w' largest; (wi, d) 3 > (d, est</w>) 3;
   * (wid, est</w>) 3; then "lower" (2): (w, e) > (lo, w), (e, r</w>); (we, r</w>) > (lo, we);
   * (lo, wer</w>). Every word is then one symbol.
   */
  static final List<SymbolPair> TOY_MERGES = pairs(
      "s t</w>", "e st</w>", "l o", "w est</w>", "n e", "ne west</w>", "lo w</w>", "w i", "wi d", "wid est</w>",
      "w e", "we r</w>", "lo wer</w>");

  static List<SymbolPair> pairs(String... lines) {
    List<SymbolPair> out = new ArrayList<>();
    for (String l : lines) {
      String[] f = l.split(" ");
      out.add(new SymbolPair(f[0], f[1]));
    }
    return out;
  }

  @Test
  void learnsTheHandDerivedMergesOfThePapersToyVocabulary() {
    assertEquals(TOY_MERGES, BpeLearner.learn(TOY, 100, 2).merges());
  }

  @Test
  void stopsAtTheRequestedNumberOfMerges() {
    assertEquals(TOY_MERGES.subList(0, 3), BpeLearner.learn(TOY, 3, 2).merges());
    assertEquals(List.of(), BpeLearner.learn(TOY, 0, 2).merges());
  }

  @Test
  void stopsWhenTheBestPairIsRarerThanTheMinimumFrequency() {
    // after (wid, est</w>) the best pairs occur twice ("lower")
    assertEquals(TOY_MERGES.subList(0, 10), BpeLearner.learn(TOY, 100, 3).merges());
  }

  @Test
  void repeatedSymbolsMergeLeftToRight() {
    // a a a a</w>: (a, a) at two positions, (a, a</w>) at one; merging (a, a) scans left to right:
    // aa a a</w>, and no (a, a) is left.
    BpeCodes codes = BpeLearner.learn(Map.of("aaaa", 1L), 1, 1);
    assertEquals(pairs("a a"), codes.merges());
    assertEquals(List.of("aa@@", "a@@", "a"), codes.segment("aaaa"));
  }

  @Test
  void wordsACodesFileCannotHoldAreIgnored() {
    assertEquals(pairs("a b</w>"), BpeLearner.learn(Map.of("ab", 2L, "a b", 5L, "", 3L), 10, 2).merges());
  }

  @Test
  void rejectsNegativeSizes() {
    assertThrows(IllegalArgumentException.class, () -> BpeLearner.learn(TOY, -1, 2));
    assertThrows(IllegalArgumentException.class, () -> BpeLearner.learn(TOY, 10, 0));
  }
}

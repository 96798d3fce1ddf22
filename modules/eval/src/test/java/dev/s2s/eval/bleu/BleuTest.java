package dev.s2s.eval.bleu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BleuTest {
  /*
   * Hand derivation (13a leaves these lowercase words alone):
   *   S1 hyp "the cat sat on the mat"  ref "the cat sat on a mat"
   *      1-grams 5/6 (the clipped to 1), 2-grams 3/5, 3-grams 2/4, 4-grams 1/3
   *   S2 hyp "a dog barks"             ref "the dog barks loudly"
   *      1-grams 2/3, 2-grams 1/2, 3-grams 0/1, 4-grams 0/0
   *   corpus: counts 7,4,2,1  totals 9,7,5,3  sys_len 9  ref_len 10
   *   BP = exp(1 - 10/9) = exp(-1/9)
   *   BLEU = 100 * BP * (7/9 * 4/7 * 2/5 * 1/3)^(1/4) = 100 * exp(-1/9) * (56/945)^(1/4) = 44.1503...
   */
  private static final List<String> HYPS = List.of("the cat sat on the mat", "a dog barks");
  private static final List<String> REFS = List.of("the cat sat on a mat", "the dog barks loudly");

  @Test
  void corpusBleuOfTwoSentencesMatchesHandDerivation() {
    BleuScore s = new Bleu(BleuSettings.defaults()).corpusScore(HYPS, List.of(REFS));
    assertArrayEquals(new double[] {7, 4, 2, 1}, s.counts());
    assertArrayEquals(new double[] {9, 7, 5, 3}, s.totals());
    assertEquals(9, s.sysLen());
    assertEquals(10, s.refLen());
    assertEquals(Math.exp(-1.0 / 9), s.bp(), 1e-15);
    assertEquals(0.9, s.ratio(), 1e-15);
    assertEquals(100.0 * 7 / 9, s.precisions()[0], 1e-12);
    assertEquals(100 * Math.exp(-1.0 / 9) * Math.pow(56.0 / 945, 0.25), s.score(), 1e-9);
    assertEquals("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0", s.signature());
    assertEquals(
        "BLEU = 44.15 77.8/57.1/40.0/33.3 (BP = 0.895 ratio = 0.900 hyp_len = 9 ref_len = 10)",
        s.format(2));
  }

  @Test
  void sentenceBleuUsesEffectiveOrderAndExpSmoothing() {
    // S2: counts 2,1,0,0 totals 3,2,1,0. exp smoothing: 3-gram precision 100/(2*1) = 50;
    // the 4-gram total is 0, so the effective order is 3. BP = exp(1 - 4/3).
    // BLEU = 100 * exp(-1/3) * (2/3 * 1/2 * 1/2)^(1/3)
    BleuScore s =
        new Bleu(BleuSettings.sentenceDefaults()).sentenceScore(HYPS.get(1), List.of(REFS.get(1)));
    assertEquals(100 * Math.exp(-1.0 / 3) * Math.cbrt(1.0 / 6), s.score(), 1e-9);
    assertEquals(50.0, s.precisions()[2], 1e-12);
    assertEquals("nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0", s.signature());
  }

  @Test
  void smoothingMethodsTreatZeroCountsDifferently() {
    // hyp "a b c d e" vs ref "a b c x e": counts 4,2,1,0 totals 5,4,3,2, BP 1
    List<String> h = List.of("a b c d e");
    List<List<String>> r = List.of(List.of("a b c x e"));
    double none = new Bleu(BleuSettings.defaults().withSmoothing(Smoothing.NONE, Double.NaN))
        .corpusScore(h, r).score();
    // 4-gram precision 0 -> log floored to -9999999999 -> score 0
    assertEquals(0.0, none, 0.0);
    BleuScore floor = new Bleu(BleuSettings.defaults().withSmoothing(Smoothing.FLOOR, Double.NaN))
        .corpusScore(h, r);
    // floor: 4-gram precision 100 * 0.1 / 2 = 5
    assertEquals(5.0, floor.precisions()[3], 1e-12);
    assertEquals(100 * Math.pow(4.0 / 5 * 2 / 4 * 1 / 3 * 0.05, 0.25), floor.score(), 1e-9);
    assertEquals("smooth:floor[0.10]", floor.signature().split("\\|")[4]);
    BleuScore addk = new Bleu(BleuSettings.defaults().withSmoothing(Smoothing.ADD_K, Double.NaN))
        .corpusScore(h, r);
    // add-k (k = 1) on orders 2..4: 3/5, 2/4, 1/3; order 1 stays 4/5; counts reported with k
    assertArrayEquals(new double[] {4, 3, 2, 1}, addk.counts());
    assertArrayEquals(new double[] {5, 5, 4, 3}, addk.totals());
    assertEquals(100 * Math.pow(4.0 / 5 * 3 / 5 * 2 / 4 * 1 / 3, 0.25), addk.score(), 1e-9);
    BleuScore exp = new Bleu(BleuSettings.defaults()).corpusScore(h, r);
    // exp: 4-gram precision 100 / (2 * 2) = 25
    assertEquals(100 * Math.pow(4.0 / 5 * 2 / 4 * 1 / 3 * 1 / 4, 0.25), exp.score(), 1e-9);
  }

  @Test
  void severalReferencesUseClosestLengthAndMaxClipping() {
    // hyp "x x x" ; ref1 "x y" (len 2) ; ref2 "x x z w" (len 4): both 1 away, the shorter wins.
    // unigram x clipped to max(1, 2) = 2 -> 2/3; bigram "x x" max(0, 1) = 1 of 2.
    BleuScore s = new Bleu(BleuSettings.defaults())
        .corpusScore(List.of("x x x"), List.of(List.of("x y"), List.of("x x z w")));
    assertEquals(2, s.refLen());
    assertEquals(2.0, s.counts()[0], 0.0);
    assertEquals(1.0, s.counts()[1], 0.0);
    assertEquals("nrefs:2", s.signature().split("\\|")[0]);
    assertEquals(2, Bleu.closestReferenceLength(3, new int[] {4, 2}));
    assertEquals(4, Bleu.closestReferenceLength(4, new int[] {2, 4, 5}));
  }

  @Test
  void emptyHypothesisLineCountsAsEmptySegment() {
    // second hypothesis empty: sys_len 2 (only "a b"), ref_len 2 + 2 = 4, BP = exp(1 - 4/2)
    BleuScore s = new Bleu(BleuSettings.defaults())
        .corpusScore(List.of("a b", ""), List.of(List.of("a b", "c d")));
    assertEquals(2, s.sysLen());
    assertEquals(4, s.refLen());
    assertEquals(Math.exp(-1.0), s.bp(), 1e-15);
  }

  @Test
  void unicodeSpacesSeparateWordsAsInPython() {
    // U+00A0, U+202F and U+2009 are whitespace for Python's str.split(): four tokens each
    // (four, so that every order up to 4 has n-grams and the score is 100)
    BleuScore s = new Bleu(BleuSettings.defaults().withTokenizer("none"))
        .corpusScore(List.of("a\u00A0b\u202Fc d"), List.of(List.of("a b\u2009c d")));
    assertEquals(4, s.sysLen());
    assertEquals(4, s.refLen());
    assertEquals(100.0, s.score(), 1e-12);
  }

  @Test
  void twoWordCorpusHasNoFourGramsAndScoresZeroWithoutEffectiveOrder() {
    // totals 2,1,0,0: the loop stops at order 3, precisions 3 and 4 stay 0, log floored -> 0
    BleuScore s = new Bleu(BleuSettings.defaults())
        .corpusScore(List.of("the dog"), List.of(List.of("the dog")));
    assertEquals(0.0, s.score(), 0.0);
    assertEquals(100.0, s.precisions()[1], 0.0);
  }

  @Test
  void lowercaseChangesSignatureAndMatches() {
    BleuScore s = new Bleu(BleuSettings.defaults().withLowercase(true))
        .corpusScore(List.of("THE DOG BARKS LOUDLY"), List.of(List.of("the dog barks loudly")));
    assertEquals(100.0, s.score(), 1e-12);
    assertEquals("nrefs:1|case:lc|eff:no|tok:13a|smooth:exp|version:2.6.0", s.signature());
  }
}

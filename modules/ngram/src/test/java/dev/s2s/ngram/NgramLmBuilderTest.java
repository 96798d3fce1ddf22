package dev.s2s.ngram;

import static dev.s2s.ngram.LmTestSupport.build;
import static dev.s2s.ngram.LmTestSupport.prob;
import static dev.s2s.ngram.LmTestSupport.sumOverVocabulary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NgramLmBuilderTest {
  private static final double EPS = 1e-6;

  /** Corpus K: four sentences. */
  private static final String[] K = {"a b", "a b", "b a", "c a"};

  /*
   * Interpolated Kneser-Ney bigram on K, by hand.
   * Bigram counts (raw, highest order): (<s> a)=2 (a b)=2 (b </s>)=2 (a </s>)=2,
   *   (<s> b)=1 (b a)=1 (<s> c)=1 (c a)=1  ->  n1=4 n2=4, D2 = 4/(4+2*4) = 1/3.
   * Unigram continuation counts (distinct left words): a:{<s>,b,c}=3 b:{a,<s>}=2 c:{<s>}=1
   *   </s>:{b,a}=2 <unk>:0  ->  n1=1 n2=2, D1 = 1/(1+2*2) = 1/5; total 8.
   * |V| without <s> = 5 (<unk> </s> a b c); gamma() = D1 * 4 types / 8 = 1/10.
   *   p(a) = (3-.2)/8 + .1/5 = .37    p(b) = 1.8/8 + .02 = .245   p(c) = .8/8 + .02 = .12
   *   p(</s>) = .245                  p(<unk>) = .02               (sum 1)
   * Context a: c=4, two types -> gamma(a) = (1/3)*2/4 = 1/6.
   *   p(b|a) = (2-1/3)/4 + (1/6)*.245 = .4166667 + .0408333 = .4575 ; p(</s>|a) = .4575
   *   p(a|a) = (1/6)*.37 = .0616667 ; p(c|a) = (1/6)*.12 = .02 ; p(<unk>|a) = .02/6 = .0033333
   * Context <s>: c=4, three types -> gamma(<s>) = (1/3)*3/4 = 1/4.
   *   p(a|<s>) = (5/3)/4 + .25*.37 = .5091667 ; p(b|<s>) = (2/3)/4 + .25*.245 = .2279167
   *   p(c|<s>) = .1666667 + .25*.12 = .1966667 ; p(</s>|<s>) = .25*.245 = .06125
   * Context b: c=3, two types -> gamma(b) = (1/3)*2/3 = 2/9.
   *   p(</s>|b) = (5/3)/3 + (2/9)*.245 = .5555556 + .0544444 = .61
   *   p(a|b) = (2/3)/3 + (2/9)*.37 = .2222222 + .0822222 = .3044444
   */
  @Test
  void kneserNeyBigramMatchesHandDerivation() {
    BackoffModel m = build(2, Smoothing.KN, 0, K);
    assertEquals(0.37, prob(m, "", "a"), EPS);
    assertEquals(0.245, prob(m, "", "b"), EPS);
    assertEquals(0.12, prob(m, "", "c"), EPS);
    assertEquals(0.245, prob(m, "", "</s>"), EPS);
    assertEquals(0.02, prob(m, "", "<unk>"), EPS);
    assertEquals(0.4575, prob(m, "a", "b"), EPS);
    assertEquals(0.4575, prob(m, "a", "</s>"), EPS);
    assertEquals(0.37 / 6, prob(m, "a", "a"), EPS);
    assertEquals(0.02, prob(m, "a", "c"), EPS);
    assertEquals(0.02 / 6, prob(m, "a", "<unk>"), EPS);
    assertEquals(0.5091667, prob(m, "<s>", "a"), EPS);
    assertEquals(0.2279167, prob(m, "<s>", "b"), EPS);
    assertEquals(0.1966667, prob(m, "<s>", "c"), EPS);
    assertEquals(0.06125, prob(m, "<s>", "</s>"), EPS);
    assertEquals(0.61, prob(m, "b", "</s>"), EPS);
    assertEquals(0.3044444, prob(m, "b", "a"), EPS);
    assertEquals(0.02, prob(m, "never-seen", "<unk>"), EPS);
    assertEquals(0.37, prob(m, "never-seen", "a"), EPS);
  }

  /*
   * Interpolated Kneser-Ney trigram on K, by hand (unigrams as in the bigram test above).
   * Trigram counts: (<s> a b)=2 (a b </s>)=2 (<s> b a)=1 (b a </s>)=1 (<s> c a)=1 (c a </s>)=1
   *   -> n1=4 n2=2, D3 = 4/(4+4) = 1/2.
   * Bigram adjusted counts: those starting with <s> keep raw counts: (<s> a)=2 (<s> b)=1 (<s> c)=1;
   *   the others count distinct left words in trigrams: (a b)=1 {<s>} (b </s>)=1 {a} (b a)=1 {<s>}
   *   (a </s>)=2 {b,c} (c a)=1 {<s>}  ->  n1=6 n2=2, D2 = 6/(6+4) = 0.6.
   * Context a: types (a b)=1 (a </s>)=2, sum 3, gamma = .6*2/3 = .4
   *   p(b|a) = .4/3 + .4*.245 = .2313333 ; p(</s>|a) = 1.4/3 + .098 = .5646667
   * Context <s>: (<s> a)=2 (<s> b)=1 (<s> c)=1, sum 4, gamma = .6*3/4 = .45
   *   p(a|<s>) = 1.4/4 + .45*.37 = .35 + .1665 = .5165
   * Context b: (b </s>)=1 (b a)=1, sum 2, gamma = .6 ; p(</s>|b) = .4/2 + .6*.245 = .347
   * Trigram context (<s> a): (<s> a b)=2, gamma = .5*1/2 = .25
   *   p(b|<s> a) = 1.5/2 + .25*.2313333 = .8078333 ; p(</s>|<s> a) = .25*.5646667 = .1411667
   * Trigram context (a b): (a b </s>)=2 -> p(</s>|a b) = .75 + .25*.347 = .83675
   */
  @Test
  void kneserNeyTrigramUsesContinuationCountsAndRawCountsAfterBos() {
    BackoffModel m = build(3, Smoothing.KN, 0, K);
    assertEquals(0.2313333, prob(m, "a", "b"), EPS);
    assertEquals(0.5646667, prob(m, "a", "</s>"), EPS);
    assertEquals(0.5165, prob(m, "<s>", "a"), EPS);
    assertEquals(0.347, prob(m, "b", "</s>"), EPS);
    assertEquals(0.8078333, prob(m, "<s> a", "b"), EPS);
    assertEquals(0.1411667, prob(m, "<s> a", "</s>"), EPS);
    assertEquals(0.83675, prob(m, "a b", "</s>"), EPS);
    assertEquals(0.37, prob(m, "", "a"), EPS);
  }

  /*
   * Modified Kneser-Ney unigram model (raw counts at the highest order) on
   *   "p q x z" / "r s x z" / "y z" / "y":
   * counts p=q=r=s=1, x=y=2, z=3, </s>=4; total 15 -> n1=4 n2=2 n3=1 n4=1.
   * Y = 4/(4+2*2) = 1/2 ; D1 = 1 - 2*(1/2)*(2/4) = 0.5 ; D2 = 2 - 3*(1/2)*(1/2) = 1.25 ;
   * D3+ = 3 - 4*(1/2)*(1/1) = 1.
   * gamma = (0.5*4 + 1.25*2 + 1*2)/15 = 6.5/15 ; |V| = 9 (<unk> </s> p q r s x y z) ;
   * uniform share = 6.5/15/9 = .0481481
   *   p(p) = .5/15 + .0481481 = .0814815 ; p(x) = .75/15 + .0481481 = .0981481
   *   p(z) = 2/15 + .0481481 = .1814815 ; p(</s>) = 3/15 + .0481481 = .2481481 ;
   *   p(<unk>) = .0481481   (4*.0814815 + 2*.0981481 + .1814815 + .2481481 + .0481481 = 1)
   */
  @Test
  void modifiedKneserNeyUsesThreeDiscounts() {
    BuiltModel built =
        new NgramLmBuilder(1, Smoothing.MODIFIED_KN, 0)
            .build(LmTestSupport.text("p q x z", "r s x z", "y z", "y"), "inline");
    KneserNeyDiscounts d = built.discounts().get(0);
    assertEquals(0.5, d.d1(), 1e-12);
    assertEquals(1.25, d.d2(), 1e-12);
    assertEquals(1.0, d.d3(), 1e-12);
    BackoffModel m = built.model();
    assertEquals(0.0814815, prob(m, "", "p"), EPS);
    assertEquals(0.0981481, prob(m, "", "x"), EPS);
    assertEquals(0.1814815, prob(m, "", "z"), EPS);
    assertEquals(0.2481481, prob(m, "", "</s>"), EPS);
    assertEquals(0.0481481, prob(m, "", "<unk>"), EPS);
  }

  /*
   * Add-k (k = 0.5) bigram on K. |V| = 5. Unigram raw counts a=4 b=3 c=1 </s>=4 <unk>=0, total 12:
   *   p(w) = (c+.5)/(12+2.5): p(a) = 4.5/14.5, p(b) = 3.5/14.5, p(c) = 1.5/14.5, p(<unk>) = .5/14.5
   * Context a: (a b)=2 (a </s>)=2, c(a)=4: p(b|a) = 2.5/(4+2.5) = 2.5/6.5.
   * Unseen after a: left-over mass 3*.5/6.5 = 1.5/6.5 shared in proportion to the unigram
   *   probabilities of a, c, <unk> (sum 6.5/14.5): p(c|a) = (1.5/6.5) * (1.5/14.5)/(6.5/14.5).
   */
  @Test
  void addKBigramMatchesHandDerivation() {
    BackoffModel m = build(2, Smoothing.ADD_K, 0.5, K);
    assertEquals(4.5 / 14.5, prob(m, "", "a"), EPS);
    assertEquals(0.5 / 14.5, prob(m, "", "<unk>"), EPS);
    assertEquals(2.5 / 6.5, prob(m, "a", "b"), EPS);
    assertEquals((1.5 / 6.5) * (1.5 / 6.5), prob(m, "a", "c"), EPS);
  }

  /** Property: p(. | h) sums to 1 over the vocabulary, for seen, partly seen and unseen h. */
  @Test
  void probabilitiesSumToOneForEverySmoothingAndOrder() {
    String[] corpus = randomCorpus(100, 300);
    List<String> histories = List.of("", "<s>", "w1", "w3 w2", "<s> w0", "w5 w5 w1", "zz", "w2 zz w4");
    for (Smoothing s : Smoothing.values()) {
      for (int order = 1; order <= 4; order++) {
        BackoffModel m = build(order, s, 0.1, corpus);
        for (String h : histories) {
          assertEquals(1.0, sumOverVocabulary(m, h), 1e-5, s + " order " + order + " history '" + h + "'");
        }
      }
    }
  }

  @Test
  void emptyTextIsAUserError() {
    UserException e =
        assertThrows(UserException.class, () -> new NgramLmBuilder(3, Smoothing.KN, 0).build(List.of(), "empty.txt"));
    assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("no tokens"), e.getMessage());
  }

  /*
   * One token "x": sentence <s> x </s>. Modified KN bigram: bigram counts (<s> x)=1 (x </s>)=1 give
   * n1=2, n2=0, and so do the unigram continuation counts x:{<s>}=1 </s>:{x}=1: D2 = 2 - 3Y n3/n2 is
   * undefined at order 1 already -> a clear error. Plain KN: n1=2 n2=0, D = 1 at
   * both orders, so every discounted count is 0 and the model is uniform over <unk>, </s>, x (1/3).
   */
  @Test
  void oneTokenText() {
    UserException e =
        assertThrows(UserException.class, () -> build(2, Smoothing.MODIFIED_KN, 0, "x"));
    assertTrue(e.getMessage().contains("inline: order 1") && e.getMessage().contains("n2=0"), e.getMessage());
    BackoffModel kn = build(2, Smoothing.KN, 0, "x");
    assertEquals(1.0 / 3, prob(kn, "<s>", "x"), EPS);
    assertEquals(1.0 / 3, prob(kn, "x", "</s>"), EPS);
    assertEquals(1.0, sumOverVocabulary(build(3, Smoothing.ADD_K, 1, "x"), "<s> x"), 1e-6);
  }

  @Test
  void badOptionsAreUserErrors() {
    assertThrows(UserException.class, () -> new NgramLmBuilder(0, Smoothing.KN, 0));
    UserException e = assertThrows(UserException.class, () -> new NgramLmBuilder(2, Smoothing.ADD_K, 0));
    assertTrue(e.getMessage().contains("--k"), e.getMessage());
    e = assertThrows(UserException.class, () -> Smoothing.parse("witten-bell"));
    assertTrue(e.getMessage().contains("witten-bell") && e.getMessage().contains("modified-kn"), e.getMessage());
  }

  /**
   * A seeded random corpus over words w0..w{vocab-1} with Zipf-like frequencies (w = vocab u^4),
   * plus rare words as in real text: every 3rd sentence gets a word seen once, every 4th one of a
   * word seen twice, every 5th one of a word seen three times (so Kneser-Ney discounts exist).
   */
  static String[] randomCorpus(int vocab, int sentences) {
    SplittableRandom r = new SplittableRandom(42);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < sentences; i++) {
      int len = 1 + r.nextInt(12);
      List<String> words = new ArrayList<>();
      for (int j = 0; j < len; j++) {
        double u = r.nextDouble();
        words.add("w" + (int) (vocab * u * u * u * u));
      }
      if (i % 3 == 0) {
        words.add(r.nextInt(words.size() + 1), "once" + i);
      }
      if (i % 4 == 0) {
        words.add(r.nextInt(words.size() + 1), "twice" + i / 8);
      }
      if (i % 5 == 0) {
        words.add(r.nextInt(words.size() + 1), "thrice" + i / 15);
      }
      lines.add(String.join(" ", words));
    }
    return lines.toArray(String[]::new);
  }
}

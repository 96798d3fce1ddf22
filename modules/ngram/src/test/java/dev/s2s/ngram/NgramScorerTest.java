package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class NgramScorerTest {
  private static final String[] K = {"a b", "a b", "b a", "c a"};

  /*
   * KN trigram on K (hand values in NgramLmBuilderTest): sentence "a b" =
   *   p(a|<s>) * p(b|<s> a) * p(</s>|a b) = .5165 * .8078333 * .83675 over 3 tokens.
   * Sentence "zz" (an OOV): p(<unk>|<s>) = gamma(<s>) * p(<unk>) = .45 * .02 = .009
   *   (no bigram <s> <unk>, bow(<s>) = gamma = .45), then p(</s>|<s> <unk>): neither the trigram
   *   context nor the bigram context <unk> has successors, so p(</s>) = .245.
   */
  @Test
  void perplexityMatchesHandDerivation() {
    BackoffModel m = LmTestSupport.build(3, Smoothing.KN, 0, K);
    PerplexityResult r = NgramScorer.score(m, LmTestSupport.text("a b", "zz"), "test.txt");
    double log10 = Math.log10(0.5165 * 0.8078333 * 0.83675) + Math.log10(0.45 * 0.02 * 0.245);
    assertEquals(log10, r.log10Prob(), 1e-5);
    assertEquals(2, r.sentences());
    assertEquals(3, r.words());
    assertEquals(1, r.oovs());
    assertTrue(r.oovsScoredAsUnk());
    assertEquals(5, r.countedTokens());
    double bits = -log10 * Math.log(10) / Math.log(2) / 5;
    assertEquals(bits, r.perplexity().bitsPerToken(), 1e-5);
    assertEquals(Math.pow(2, bits), r.perplexity().perplexity(), 1e-3);
    assertTrue(r.oovConvention().contains("<unk>"));
  }

  /** An ARPA model without <unk>: OOVs are skipped (SRILM convention) and still reported. */
  @Test
  void oovsAreSkippedWhenTheModelHasNoUnk() {
    String arpa = String.join("\n", "\\data\\", "ngram 1=3", "", "\\1-grams:", "-99\t<s>",
        "-0.30103\ta", "-0.30103\t</s>", "", "\\end\\", "");
    BackoffModel m = ArpaReader.read(new BufferedReader(new StringReader(arpa)), "u.arpa");
    PerplexityResult r = NgramScorer.score(m, LmTestSupport.text("a zz a"), "t");
    // scored: a, a, </s> at 1/2 each -> perplexity 2 over 3 tokens
    assertFalse(r.oovsScoredAsUnk());
    assertEquals(1, r.oovs());
    assertEquals(3, r.countedTokens());
    assertEquals(2.0, r.perplexity().perplexity(), 1e-5);
    assertTrue(r.oovConvention().contains("skipped"));
  }

  @Test
  void allUnknownWordsGiveAClearMessage() {
    BackoffModel m = LmTestSupport.build(2, Smoothing.KN, 0, K);
    UserException e =
        assertThrows(UserException.class, () -> NgramScorer.score(m, LmTestSupport.text("x y", "z"), "fr.txt"));
    assertTrue(e.getMessage().startsWith("fr.txt: all 3 words are outside"), e.getMessage());
    assertFalse(e.getMessage().contains("NaN") || e.getMessage().contains("Infinity"), e.getMessage());
  }

  @Test
  void emptyTestTextGivesAClearMessage() {
    BackoffModel m = LmTestSupport.build(2, Smoothing.KN, 0, K);
    UserException e = assertThrows(UserException.class, () -> NgramScorer.score(m, LmTestSupport.text("", " "), "e.txt"));
    assertTrue(e.getMessage().startsWith("e.txt: no tokens"), e.getMessage());
  }

  /*
   * Reference: T. Mikolov, "Statistical Language Models Based on Neural Networks" (PhD thesis,
   * 2012), Table 4.1: PTB test perplexity of the 3-gram with (interpolated modified) Kneser-Ney
   * smoothing (SRILM, no count cut-offs) = 148.3.
   */
  @Test
  void ptbModifiedKneserNeyTrigramMatchesPublishedPerplexity() {
    Path ptb = Path.of(System.getProperty("s2s.shared", "/work/shared"), "corpora", "ptb");
    Assumptions.assumeTrue(Files.isDirectory(ptb), "skipped: " + ptb + " absent");
    BackoffModel m =
        new NgramLmBuilder(3, Smoothing.MODIFIED_KN, 0)
            .build(PlainText.read(ptb.resolve("ptb.train.txt")), "ptb.train.txt")
            .model();
    PerplexityResult r = NgramScorer.score(m, PlainText.read(ptb.resolve("ptb.test.txt")), "ptb.test.txt");
    assertEquals(0, r.oovs());
    assertEquals(78669 + 3761, r.countedTokens()); // words + one </s> per line (corpora README)
    assertEquals(148.3, r.perplexity().perplexity(), 148.3 * 0.005);
  }
}

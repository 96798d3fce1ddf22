package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArpaWriterTest {

  private static BackoffModel roundTrip(BackoffModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArpaWriter.write(m, out);
    return ArpaReader.read(
        new BufferedReader(new StringReader(out.toString(StandardCharsets.UTF_8))), "round-trip");
  }

  /** Export then import gives bit-identical probabilities and backoff weights for every n-gram. */
  @Test
  void exportImportRoundTripIsExact() throws IOException {
    String[] corpus = NgramLmBuilderTest.randomCorpus(100, 300);
    for (Smoothing s : Smoothing.values()) {
      BackoffModel m = LmTestSupport.build(4, s, 0.3, corpus);
      BackoffModel r = roundTrip(m);
      assertEquals(m.order(), r.order());
      for (int n = 1; n <= m.order(); n++) {
        assertEquals(m.ngramCount(n), r.ngramCount(n), "order " + n);
        for (int j = 0; j < m.tableSize(n); j++) {
          if (m.log10Prob(n, j) == Float.NEGATIVE_INFINITY) {
            continue;
          }
          int[] words = m.words(n, j);
          String[] text = new String[n];
          int[] ids = new int[n];
          for (int i = 0; i < n; i++) {
            text[i] = m.vocabulary().word(words[i]);
            ids[i] = r.vocabulary().idOrMinusOne(text[i]);
          }
          int k = r.indexOf(ids);
          assertTrue(k >= 0, String.join(" ", text));
          assertEquals(m.log10Prob(n, j), r.log10Prob(n, k), 0f, String.join(" ", text));
          if (n < m.order()) {
            assertEquals(m.log10Bow(n, j), r.log10Bow(n, k), 0f, String.join(" ", text));
          }
        }
      }
      String[] test = NgramLmBuilderTest.randomCorpus(80, 30);
      assertEquals(
          NgramScorer.score(m, LmTestSupport.text(test), "t").log10Prob(),
          NgramScorer.score(r, LmTestSupport.text(test), "t").log10Prob(),
          0.0);
    }
  }

  @Test
  void headerCountsMatchSectionsAndNumbersHaveNoExponent() throws IOException {
    BackoffModel m = LmTestSupport.build(2, Smoothing.KN, 0, "a b", "a b", "b a", "c a");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ArpaWriter.write(m, out);
    String text = out.toString(StandardCharsets.UTF_8);
    // K has 5 unigrams + <s> and 8 bigram types (see NgramLmBuilderTest)
    assertTrue(text.contains("\\data\\\nngram 1=6\nngram 2=8\n"), text);
    assertTrue(text.contains("-99\t<s>\t"), text);
    assertTrue(text.endsWith("\\end\\\n"), text);
    assertEquals(-1, text.indexOf('E'), text);
    assertEquals("-0.0001", ArpaWriter.format(-1e-4f));
    assertEquals("-99", ArpaWriter.format(-99f));
    assertArrayEquals(new int[] {LmVocabulary.BOS_ID}, m.words(1, LmVocabulary.BOS_ID));
  }

  /*
   * A pruned-style model: "c" keeps backoff weight -0.3 although no bigram starts with it, so
   * p(a | c) = 10^(-0.3 + -0.5) must survive export and import.
   */
  @Test
  void keepsBackoffWeightsOfNgramsWithoutSuccessors() throws IOException {
    String arpa = String.join("\n", "\\data\\", "ngram 1=4", "ngram 2=1", "", "\\1-grams:",
        "-99\t<s>\t-0.1", "-0.5\ta\t0", "-0.7\tc\t-0.3", "-0.6\t</s>", "", "\\2-grams:",
        "-0.2\t<s> a", "", "\\end\\", "");
    BackoffModel m = ArpaReader.read(new BufferedReader(new StringReader(arpa)), "pruned.arpa");
    assertEquals(Math.pow(10, -0.8), LmTestSupport.prob(m, "c", "a"), 1e-7);
    assertEquals(Math.pow(10, -0.8), LmTestSupport.prob(roundTrip(m), "c", "a"), 1e-7);
  }
}

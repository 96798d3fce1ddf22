package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSamplerTest {
  private static List<List<String>> draw(BackoffModel m, long seed, int n) {
    SentenceSampler s = new SentenceSampler(m, seed, 50);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(s.next());
    }
    return out;
  }

  @Test
  void sameSeedSameSentences() {
    BackoffModel m = LmTestSupport.build(3, Smoothing.KN, 0, NgramLmBuilderTest.randomCorpus(100, 300));
    assertEquals(draw(m, 7, 20), draw(m, 7, 20));
    assertNotEquals(draw(m, 7, 20), draw(m, 8, 20));
  }

  /*
   * A deterministic bigram model: after <s> only "a" (p=1), after "a" only "b", after "b" only
   * </s>; every other word has probability 0 (ARPA -99), so every sample is "a b".
   */
  @Test
  void followsTheModelsDistribution() {
    String arpa = String.join("\n", "\\data\\", "ngram 1=4", "ngram 2=3", "", "\\1-grams:",
        "-99\t<s>\t-99", "-99\ta\t-99", "-99\tb\t-99", "-99\t</s>", "", "\\2-grams:",
        "0\t<s> a", "0\ta b", "0\tb </s>", "", "\\end\\", "");
    BackoffModel m = ArpaReader.read(new BufferedReader(new StringReader(arpa)), "det.arpa");
    for (List<String> s : draw(m, 3, 5)) {
      assertEquals(List.of("a", "b"), s);
    }
  }

  /*
   * Unigram model p(a) = p(</s>) = 1/2: the length L of a sample is geometric, P(L = k) = 2^-(k+1),
   * mean 1. Over 4000 samples the mean is within 0.1 of 1 (standard deviation sqrt(2)/sqrt(4000)
   * = 0.022, so 0.1 is more than 4 sigma).
   */
  @Test
  void sampleLengthsFollowTheEndProbability() {
    String arpa = String.join("\n", "\\data\\", "ngram 1=3", "", "\\1-grams:", "-99\t<s>",
        "-0.30103\ta", "-0.30103\t</s>", "", "\\end\\", "");
    BackoffModel m = ArpaReader.read(new BufferedReader(new StringReader(arpa)), "u.arpa");
    double total = 0;
    for (List<String> s : draw(m, 11, 4000)) {
      total += s.size();
      assertTrue(s.stream().allMatch("a"::equals));
    }
    assertEquals(1.0, total / 4000, 0.1);
  }
}

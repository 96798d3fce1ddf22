package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CrfFeatureSetTest {
  @Test
  void isTheConllSetWithoutDistsim() {
    Properties p = CrfFeatureSet.conll2003();
    // CoreNLP's NER training documentation (ner.md example properties); sigma from
    // scripts/ner/english.conll.4class.nodistsim.prop
    assertEquals("6", p.getProperty("maxNGramLeng"));
    assertEquals("chris2useLC", p.getProperty("wordShape"));
    assertEquals("1", p.getProperty("maxLeft"));
    assertEquals("true", p.getProperty("noMidNGrams"));
    assertEquals("true", p.getProperty("useTypeySequences"));
    assertEquals("20", p.getProperty("sigma"));
    assertTrue(p.stringPropertyNames().stream().noneMatch(k -> k.toLowerCase().contains("distsim")));
  }

  @Test
  void returnsAFreshCopy() {
    Properties a = CrfFeatureSet.conll2003();
    a.setProperty("useWord", "false");
    assertNotSame(a, CrfFeatureSet.conll2003());
    assertEquals("true", CrfFeatureSet.conll2003().getProperty("useWord"));
  }

  @Test
  void describeListsKeysInOrder() {
    Properties p = new Properties();
    p.setProperty("b", "2");
    p.setProperty("a", "1");
    assertEquals("a=1\nb=2\n", CrfFeatureSet.describe(p));
  }
}

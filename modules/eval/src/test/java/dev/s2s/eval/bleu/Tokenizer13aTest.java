package dev.s2s.eval.bleu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Tokenizer13aTest {
  private final Tokenizer13a tok = new Tokenizer13a();

  @Test
  void separatesPunctuationButNotInsideNumbers() {
    assertEquals("Hello , world .", tok.tokenize("Hello, world."));
    assertEquals("3.5 and 1,000", tok.tokenize("3.5 and 1,000"));
    assertEquals("a-b 1 - 2", tok.tokenize("a-b 1-2"));
    assertEquals("( x ) \" y \" ?", tok.tokenize("(x) \"y\"?"));
  }

  @Test
  void unescapesEntitiesAndDropsSkipped() {
    assertEquals("\" hi \" & < >", tok.tokenize("&quot;hi&quot; &amp; &lt; &gt;"));
    assertEquals("a b", tok.tokenize("a <skipped>b"));
  }

  @Test
  void collapsesPythonWhitespaceIncludingNoBreakSpace() {
    assertEquals("a b c", tok.tokenize("  a\u00A0\u00A0b\tc  "));
  }
}

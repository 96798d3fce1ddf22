package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTokenizerTest {
  @Test
  void splitsOnAnyWhitespaceRun() {
    assertEquals(List.of("a", "b,", "c"), new WhitespaceTokenizer().tokenize(" a\tb,  c \n"));
    assertEquals(List.of(), new WhitespaceTokenizer().tokenize(""));
    assertEquals(List.of(), new WhitespaceTokenizer().tokenize(" \t "));
  }

  @Test
  void inverseJoinsWithOneSpace() {
    assertEquals("a b, c", new WhitespaceDetokenizer().detokenize(List.of("a", "b,", "c")));
  }
}

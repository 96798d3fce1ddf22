package dev.s2s.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void splitsOnWhitespaceAndSkipsBlankLines() {
    List<TextSentence> s = PlainText.split(List.of(" the cat \t sat\r", "", "   ", "N <unk>"), "f.txt");
    assertEquals(2, s.size());
    assertEquals(new TextSentence(1, List.of("the", "cat", "sat")), s.get(0));
    assertEquals(new TextSentence(4, List.of("N", "<unk>")), s.get(1));
  }

  @Test
  void boundaryTokensInTheTextAreUserErrorsWithFileAndLine() {
    UserException e =
        assertThrows(UserException.class, () -> PlainText.split(List.of("a b", "<s> a b </s>"), "f.txt"));
    assertTrue(e.getMessage().startsWith("f.txt:2: token '<s>'"), e.getMessage());
  }
}

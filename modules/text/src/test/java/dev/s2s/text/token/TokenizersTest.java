package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.common.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizersTest {
  @Test
  void createsByNameAndAlias() {
    assertInstanceOf(WhitespaceTokenizer.class, Tokenizers.create("whitespace", false, null));
    assertInstanceOf(CoreNlpEnglishTokenizer.class, Tokenizers.create("corenlp-en", false, null));
    assertInstanceOf(CoreNlpEnglishTokenizer.class, Tokenizers.create("EN", false, null));
    assertInstanceOf(CoreNlpFrenchTokenizer.class, Tokenizers.create("corenlp-fr", false, null));
    assertInstanceOf(GermanTokenizer.class, Tokenizers.create("de", false, null));
  }

  @Test
  void lowercasingDecorator() {
    Tokenizer t = Tokenizers.create("corenlp-en", true, null);
    assertInstanceOf(LowercasingTokenizer.class, t);
    assertEquals(List.of("the", "u.s.", "army", "'s", "tanks", "."), t.tokenize("The U.S. Army's tanks."));
    assertEquals(List.of("ein", "mann", "."), Tokenizers.create("de", true, null).tokenize("Ein MANN."));
  }

  @Test
  void unknownNameNamesKeyAndChoices() {
    UserException e = assertThrows(UserException.class, () -> Tokenizers.create("moses", false, "data.tokenizer"));
    assertEquals(
        "data.tokenizer: unknown tokenizer 'moses', expected one of whitespace, corenlp-en, corenlp-fr, de",
        e.getMessage());
  }
}

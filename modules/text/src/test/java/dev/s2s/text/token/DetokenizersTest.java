package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.common.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizersTest {
  private static final List<String> TOKENS = List.of("Oui", "!", "l'", "homme", ",", "\"", "a", "\"");

  @Test
  void createsByLanguage() {
    assertEquals("Oui! l' homme, \"a\"", Detokenizers.create("en", null).detokenize(TOKENS));
    assertEquals("Oui ! l'homme, \"a\"", Detokenizers.create("fr", null).detokenize(TOKENS));
    assertEquals("Oui ! l'homme, \"a\"", Detokenizers.create("corenlp-fr", null).detokenize(TOKENS));
    assertEquals("Oui! l' homme, \"a\"", Detokenizers.create("de", null).detokenize(TOKENS));
    assertEquals("Oui ! l' homme , \" a \"", Detokenizers.create("whitespace", null).detokenize(TOKENS));
  }

  @Test
  void unknownNameIsAUserError() {
    UserException e = assertThrows(UserException.class, () -> Detokenizers.create("xx", "eval.detokenizer"));
    assertEquals("eval.detokenizer: unknown detokenizer 'xx', expected one of whitespace, en, de, fr", e.getMessage());
  }
}

package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpFrenchTokenizerTest {
  private final Tokenizer tok = new CoreNlpFrenchTokenizer();
  private final Detokenizer detok = new RuleDetokenizer(DetokenizerRules.french());

  private void roundTrip(String text, List<String> expectedTokens) {
    assertEquals(expectedTokens, tok.tokenize(text));
    assertEquals(text, detok.detokenize(expectedTokens));
  }

  @Test
  void multi30kStyleSentence() {
    roundTrip(
        "Un homme avec un chapeau orange regardant quelque chose.",
        List.of("Un", "homme", "avec", "un", "chapeau", "orange", "regardant", "quelque", "chose", "."));
  }

  @Test
  void elisionsInvertedCliticsAndGuillemets() {
    roundTrip(
        "L'homme a dit : « Regarde. » Qu'est-ce que c'est ?",
        List.of("L'", "homme", "a", "dit", ":", "«", "Regarde", ".", "»", "Qu'", "est", "-ce", "que", "c'",
            "est", "?"));
    roundTrip("Va-t-il venir ? Dis-moi !", List.of("Va", "-t-il", "venir", "?", "Dis", "-moi", "!"));
  }

  @Test
  void quotesCompoundsAndNumbers() {
    roundTrip(
        "Elle a dit \"au revoir\". Aujourd'hui, j'ai 3,5 kg !",
        List.of("Elle", "a", "dit", "\"", "au", "revoir", "\"", ".", "Aujourd'hui", ",", "j'", "ai", "3,5", "kg",
            "!"));
  }

  @Test
  void contractionsAreNotExpanded() {
    // with splitContractions=true CoreNLP would give "de le soleil", "à le bout"
    roundTrip(
        "Il joue du piano au bout de la rue.",
        List.of("Il", "joue", "du", "piano", "au", "bout", "de", "la", "rue", "."));
  }
}

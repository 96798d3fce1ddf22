package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDetokenizerTest {
  private final Detokenizer en = new RuleDetokenizer(DetokenizerRules.english());
  private final Detokenizer de = new RuleDetokenizer(DetokenizerRules.german());
  private final Detokenizer fr = new RuleDetokenizer(DetokenizerRules.french());

  @Test
  void englishPunctuationAttachesLeft() {
    assertEquals(
        "Hi, you! Really? Yes; no: (maybe) [ok] 50% done...",
        en.detokenize(List.of("Hi", ",", "you", "!", "Really", "?", "Yes", ";", "no", ":", "(", "maybe", ")", "[",
            "ok", "]", "50", "%", "done", "...")));
  }

  @Test
  void englishCliticsAndQuotes() {
    assertEquals("I can't, you're he'd", en.detokenize(List.of("I", "ca", "n't", ",", "you", "'re", "he", "'d")));
    assertEquals("He said \"no\" and \"yes\".", en.detokenize(List.of("He", "said", "\"", "no", "\"", "and", "\"", "yes", "\"", ".")));
    assertEquals("a “quoted” word", en.detokenize(List.of("a", "“", "quoted", "”", "word")));
  }

  @Test
  void englishApostropheAfterSIsPossessiveUnlessItOpensAQuote() {
    // one ' after "boys": nothing to close it, so possessive
    assertEquals("the boys' toys", en.detokenize(List.of("the", "boys", "'", "toys")));
    // two ' after "says": the first opens a quote closed by the second
    assertEquals("he says 'fine'", en.detokenize(List.of("he", "says", "'", "fine", "'")));
    // three: possessive first, then a quoted word
    assertEquals("the boys' toys are 'fine'", en.detokenize(List.of("the", "boys", "'", "toys", "are", "'", "fine", "'")));
    assertEquals("about 4' wide", en.detokenize(List.of("about", "4", "'", "wide")));
  }

  @Test
  void germanQuotes() {
    assertEquals("Er sagte: „Hallo“.", de.detokenize(List.of("Er", "sagte", ":", "„", "Hallo", "“", ".")));
    assertEquals("ein ‚kleines‘ Haus", de.detokenize(List.of("ein", "‚", "kleines", "‘", "Haus")));
    assertEquals("»Ja«, sagte er", de.detokenize(List.of("»", "Ja", "«", ",", "sagte", "er")));
  }

  @Test
  void frenchSpacesBeforeHighPunctuationAndInsideGuillemets() {
    assertEquals(
        "Vraiment ? Oui ! Bon ; voilà : « merci » (enfin).",
        fr.detokenize(List.of("Vraiment", "?", "Oui", "!", "Bon", ";", "voilà", ":", "«", "merci", "»", "(", "enfin",
            ")", ".")));
  }

  @Test
  void frenchElisionAndHyphenatedClitics() {
    assertEquals("l'homme", fr.detokenize(List.of("l'", "homme")));
    assertEquals("Qu'est-ce que j’ai ?", fr.detokenize(List.of("Qu'", "est", "-ce", "que", "j’", "ai", "?")));
    assertEquals("Dis-m'en plus - vite", fr.detokenize(List.of("Dis-", "m'en", "plus", "-", "vite")));
  }

  @Test
  void emptyAndSingle() {
    assertEquals("", en.detokenize(List.of()));
    assertEquals(".", en.detokenize(List.of(".")));
  }
}

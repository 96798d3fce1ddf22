package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanTokenizerTest {
  private final Tokenizer tok = new GermanTokenizer();
  private final Detokenizer detok = new RuleDetokenizer(DetokenizerRules.german());

  private void roundTrip(String text, List<String> expectedTokens) {
    assertEquals(expectedTokens, tok.tokenize(text));
    assertEquals(text, detok.detokenize(expectedTokens));
  }

  @Test
  void multi30kStyleSentence() {
    roundTrip(
        "Ein Mann mit einem orangefarbenen Hut, der etwas anstarrt.",
        List.of("Ein", "Mann", "mit", "einem", "orangefarbenen", "Hut", ",", "der", "etwas", "anstarrt", "."));
  }

  @Test
  void germanQuotesAndAbbreviations() {
    roundTrip(
        "Er sagte: „Das ist z.B. gut, usw.“",
        List.of("Er", "sagte", ":", "„", "Das", "ist", "z.B.", "gut", ",", "usw.", "“"));
  }

  @Test
  void ordinalsTitlesBracketsAndDecimalCommas() {
    roundTrip(
        "Am 3. Mai kam Dr. Müller (ca. 40 Jahre) mit 3,50 € an.",
        List.of("Am", "3.", "Mai", "kam", "Dr.", "Müller", "(", "ca.", "40", "Jahre", ")", "mit", "3,50", "€",
            "an", "."));
  }

  @Test
  void apostrophesAndHyphensInsideWordsAreKept() {
    roundTrip("Geht's dir gut? Ja, per E-Mail!", List.of("Geht's", "dir", "gut", "?", "Ja", ",", "per", "E-Mail", "!"));
  }

  @Test
  void finalNumberLosesItsPeriodAndEllipsisStaysWhole() {
    assertEquals(List.of("Er", "ist", "3", "."), tok.tokenize("Er ist 3."));
    assertEquals(List.of("Na", "ja", "...", "gut", "…"), tok.tokenize("Na ja ... gut…"));
    assertEquals(List.of("Nun", "..."), tok.tokenize("Nun..."));
  }
}

package dev.s2s.text.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpEnglishTokenizerTest {
  private final Tokenizer tok = new CoreNlpEnglishTokenizer();
  private final Detokenizer detok = new RuleDetokenizer(DetokenizerRules.english());

  private void roundTrip(String text, List<String> expectedTokens) {
    assertEquals(expectedTokens, tok.tokenize(text));
    assertEquals(text, detok.detokenize(expectedTokens));
  }

  @Test
  void multi30kStyleSentence() {
    roundTrip(
        "A man in an orange hat starring at something.",
        List.of("A", "man", "in", "an", "orange", "hat", "starring", "at", "something", "."));
    roundTrip(
        "Two young, White males are outside near many bushes.",
        List.of("Two", "young", ",", "White", "males", "are", "outside", "near", "many", "bushes", "."));
  }

  @Test
  void bracketsAndQuotesAreNotEscaped() {
    roundTrip(
        "\"Look,\" she said (quietly). \"I don't know.\"",
        List.of("\"", "Look", ",", "\"", "she", "said", "(", "quietly", ")", ".", "\"", "I", "do", "n't",
            "know", ".", "\""));
  }

  @Test
  void singleQuotesCliticsAndPossessives() {
    roundTrip("It's 'fine', isn't it?", List.of("It", "'s", "'", "fine", "'", ",", "is", "n't", "it", "?"));
    roundTrip(
        "The boys' toys cost $5 (about 3.5% more).",
        List.of("The", "boys", "'", "toys", "cost", "$", "5", "(", "about", "3.5", "%", "more", ")", "."));
  }

  @Test
  void hyphenatedWordsAbbreviationsAndAssimilationsStayWhole() {
    assertEquals(
        List.of("The", "U.S.", "e-mail", "is", "gonna", "arrive", "..."),
        tok.tokenize("The U.S. e-mail is gonna arrive..."));
  }

  @Test
  void tokensAreSurfaceTextWithoutSpaces() {
    // CoreNLP's word for a final "Inc." is "Inc." followed by an added "."; the surface is "Inc" "."
    assertEquals(List.of("Apple", "Inc", "."), tok.tokenize("Apple Inc."));
    // CoreNLP keeps a phone number with its space as one token; we split it at the space
    assertEquals(List.of("Call", "(650)", "723-1234", "."), tok.tokenize("Call (650) 723-1234."));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), tok.tokenize("  "));
  }
}

package dev.s2s.eval.bleu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenizerIntlTest {
  private final TokenizerIntl tok = new TokenizerIntl();

  @Test
  void separatesUnicodePunctuationAndSymbols() {
    // ':' after a letter is split; '.' and ',' between digits stay; '€' (Sc) is a symbol;
    // the final '.' follows a symbol (not a digit) and is split.
    assertEquals("Preis : 1.000,50 € .", tok.tokenize("Preis: 1.000,50 €."));
    // „ (Ps) and “ (Pi) are punctuation
    assertEquals("„ Hund “", tok.tokenize("„Hund“"));
  }

  @Test
  void keepsFinalPeriodAfterNumberAsMtevalV14Does() {
    // (\P{N})(\p{P}) needs a non-digit before, (\p{P})(\P{N}) a character after: "2020." stays
    assertEquals("im Jahr 2020.", tok.tokenize("im Jahr 2020."));
  }
}

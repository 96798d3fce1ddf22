package dev.s2s.text.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Joins tokens with single spaces except where {@link DetokenizerRules} glue a token to its
 * neighbour. Symmetric quotes alternate between opening (glued to the next token) and closing
 * (glued to the previous one) within one call.
 */
public final class RuleDetokenizer implements Detokenizer {
  private static final Pattern WORD_ENDING_IN_S_OR_NUMBER = Pattern.compile("\\p{L}*[sS]|\\d+");

  private final DetokenizerRules rules;

  public RuleDetokenizer(DetokenizerRules rules) {
    this.rules = rules;
  }

  @Override
  public String detokenize(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    Map<String, Boolean> open = new HashMap<>();
    boolean glueNext = true;
    for (int i = 0; i < tokens.size(); i++) {
      String tok = tokens.get(i);
      boolean left;
      boolean right;
      if (rules.toggleQuotes().contains(tok)) {
        boolean isOpen = open.getOrDefault(tok, false);
        if (!isOpen && isPossessive(tokens, i)) {
          left = true;
          right = false;
        } else {
          left = isOpen;
          right = !isOpen;
          open.put(tok, !isOpen);
        }
      } else {
        left = rules.noSpaceBefore().contains(tok) || matches(rules.attachLeft(), tok);
        right = rules.noSpaceAfter().contains(tok) || matches(rules.attachRight(), tok);
      }
      if (sb.length() > 0 && !glueNext && !left) {
        sb.append(' ');
      }
      sb.append(tok);
      glueNext = right;
    }
    return sb.toString();
  }

  /**
   * A possessive (or feet) ' follows a word ending in s (or a number, {@code 4' long}) and leaves
   * an odd number of ' to come, so it cannot be an opening quote with its closing partner.
   */
  private boolean isPossessive(List<String> tokens, int i) {
    if (!rules.possessiveApostrophe() || !tokens.get(i).equals("'") || i == 0) {
      return false;
    }
    if (!WORD_ENDING_IN_S_OR_NUMBER.matcher(tokens.get(i - 1)).matches()) {
      return false;
    }
    int remaining = 0;
    for (int j = i; j < tokens.size(); j++) {
      if (tokens.get(j).equals("'")) {
        remaining++;
      }
    }
    return remaining % 2 == 1;
  }

  private static boolean matches(Pattern p, String tok) {
    return p != null && p.matcher(tok).matches();
  }
}

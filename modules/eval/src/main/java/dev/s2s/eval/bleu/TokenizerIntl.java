package dev.s2s.eval.bleu;

import dev.s2s.eval.text.PythonText;
import java.util.regex.Pattern;

/**
 * The mteval-v14 "international" tokenizer as sacreBLEU 2.6.0 implements it: Unicode punctuation
 * (general category P) is separated unless it has a digit (category N) on that side, every
 * Unicode symbol (category S) is separated. Java's Unicode tables (Unicode 13 in Java 17) decide
 * the categories; characters added to Unicode later may differ from Python's {@code regex}.
 */
public final class TokenizerIntl implements BleuTokenizer {
  private static final Pattern PUNCT_AFTER_NON_DIGIT = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern PUNCT_BEFORE_NON_DIGIT = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

  @Override
  public String tokenize(String line) {
    String s = PUNCT_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
    s = PUNCT_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    s = SYMBOL.matcher(s).replaceAll(" $1 ");
    return PythonText.normalizeSpaces(s);
  }

  @Override
  public String signature() {
    return "intl";
  }
}

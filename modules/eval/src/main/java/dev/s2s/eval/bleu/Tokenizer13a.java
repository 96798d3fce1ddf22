package dev.s2s.eval.bleu;

import dev.s2s.eval.text.PythonText;
import java.util.regex.Pattern;

/**
 * The mteval-v13a tokenizer as sacreBLEU 2.6.0 implements it: removes {@code <skipped>},
 * un-escapes four HTML entities, then separates ASCII punctuation and symbols; periods and commas
 * are separated unless next to a digit on that side, a dash after a digit is separated. Runs of
 * (Python) whitespace become one space.
 */
public final class Tokenizer13a implements BleuTokenizer {
  // every ASCII char in { | } ~ [ \ ] ^ _ ` space ! " # $ % & ( ) * + : ; < = > ? @ /
  private static final Pattern SYMBOLS =
      Pattern.compile("([\\x7B-\\x7E\\x5B-\\x60\\x20-\\x26\\x28-\\x2B\\x3A-\\x40\\x2F])");
  private static final Pattern PERIOD_COMMA_AFTER_NON_DIGIT = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE_NON_DIGIT = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  @Override
  public String tokenize(String line) {
    String s = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (s.indexOf('&') >= 0) {
      s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
    s = " " + s + " ";
    s = SYMBOLS.matcher(s).replaceAll(" $1 ");
    s = PERIOD_COMMA_AFTER_NON_DIGIT.matcher(s).replaceAll("$1 $2 ");
    s = PERIOD_COMMA_BEFORE_NON_DIGIT.matcher(s).replaceAll(" $1 $2");
    s = DASH_AFTER_DIGIT.matcher(s).replaceAll("$1 $2 ");
    return PythonText.normalizeSpaces(s);
  }

  @Override
  public String signature() {
    return "13a";
  }
}

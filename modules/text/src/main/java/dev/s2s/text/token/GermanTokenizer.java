package dev.s2s.text.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based German tokenizer. Splits on whitespace, then peels punctuation off the ends of each
 * piece: opening quotes and brackets ({@code „ ‚ " ' ( [ { « » ‹ ›}) from the front, closing
 * quotes, brackets and {@code , ; : ! ? %} and ellipses from the back. A final period is split off
 * unless the piece is a known abbreviation ({@code z.B.}, {@code usw.}, {@code Dr.}, ...), a run
 * of single letters with periods ({@code d.h.}, {@code U.S.A.}), or, when not the last piece, an
 * ordinal number or an initial ({@code am 3. Mai}, {@code Johann S. Bach}). Inner punctuation is
 * kept: {@code 3,50}, {@code E-Mail}, {@code geht's}, {@code 1.000}.
 *
 * <p>CoreNLP's English lexer was not used for German because it splits {@code usw.}, {@code 3.}
 * and {@code geht's} the English way.
 */
public final class GermanTokenizer implements Tokenizer {
  /** Lower-cased abbreviations that keep their final period. */
  static final Set<String> ABBREVIATIONS =
      Set.of(
          "z.b.", "u.a.", "usw.", "bzw.", "ca.", "dr.", "nr.", "st.", "str.", "evtl.", "ggf.",
          "hr.", "fr.", "prof.", "vgl.", "etc.", "d.h.", "z.t.", "o.ä.", "u.ä.", "jh.", "mio.",
          "mrd.", "tel.", "inkl.", "bzgl.", "sog.", "u.u.", "v.a.", "bspw.", "max.", "min.",
          "zzgl.", "i.d.r.", "geb.", "gest.", "mind.", "usf.", "vs.", "ebd.", "dt.", "engl.",
          "abs.", "ggü.", "allg.", "s.", "z.z.", "zz.");

  private static final String LEADING = "\"'„‚“‘«»‹›([{¿¡";
  private static final String TRAILING = ",;:!?)]}\"'“”‘’«»‹›%";
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{javaWhitespace}]+");
  private static final Pattern LETTER_PERIODS = Pattern.compile("(\\p{L}\\.){2,}");
  private static final Pattern ORDINAL_OR_INITIAL = Pattern.compile("\\d+\\.|\\p{Lu}\\.");

  @Override
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    String[] pieces = WHITESPACE.split(text.strip());
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].isEmpty()) {
        splitPiece(pieces[i], i == pieces.length - 1, out);
      }
    }
    return out;
  }

  private static void splitPiece(String piece, boolean last, List<String> out) {
    String s = piece;
    while (s.length() > 1 && LEADING.indexOf(s.charAt(0)) >= 0) {
      out.add(s.substring(0, 1));
      s = s.substring(1);
    }
    List<String> tail = new ArrayList<>();
    while (s.length() > 1) {
      if (s.endsWith("...") && s.length() > 3) {
        tail.add("...");
        s = s.substring(0, s.length() - 3);
      } else if (s.endsWith("…")) {
        tail.add("…");
        s = s.substring(0, s.length() - 1);
      } else if (TRAILING.indexOf(s.charAt(s.length() - 1)) >= 0) {
        tail.add(s.substring(s.length() - 1));
        s = s.substring(0, s.length() - 1);
      } else if (s.endsWith(".") && !keepsPeriod(s, last && tail.isEmpty())) {
        tail.add(".");
        s = s.substring(0, s.length() - 1);
      } else {
        break;
      }
    }
    out.add(s);
    for (int i = tail.size() - 1; i >= 0; i--) {
      out.add(tail.get(i));
    }
  }

  private static boolean keepsPeriod(String word, boolean endOfText) {
    if (word.chars().allMatch(c -> c == '.')) {
      return true; // "." or an ellipsis written as dots
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
        || LETTER_PERIODS.matcher(word).matches()
        || (!endOfText && ORDINAL_OR_INITIAL.matcher(word).matches());
  }
}

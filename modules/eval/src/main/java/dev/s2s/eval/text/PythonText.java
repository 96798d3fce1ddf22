package dev.s2s.eval.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11 {@code str} whitespace semantics, which sacreBLEU relies on: {@code str.split()}
 * with no argument and {@code str.rstrip()} treat exactly the code points for which {@code
 * str.isspace()} is true as whitespace. That set differs from both {@link
 * Character#isWhitespace(int)} (which excludes U+00A0, U+2007, U+202F) and {@code \s} in Java
 * regexes, so it is listed explicitly here.
 */
public final class PythonText {
  private PythonText() {}

  /**
   * True for the code points Python's {@code str.isspace()} accepts: U+0009..U+000D,
   * U+001C..U+001F, U+0020, U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
   * U+205F, U+3000.
   */
  public static boolean isSpace(int cp) {
    if (cp <= 0x20) {
      return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    }
    if (cp < 0x85) {
      return false;
    }
    return cp == 0x85
        || cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /** {@code s.split()}: the maximal runs of non-whitespace, in order; never empty strings. */
  public static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int start = -1;
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isSpace(cp)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  /** {@code ' '.join(s.split())}: whitespace runs collapsed to one space, ends trimmed. */
  public static String normalizeSpaces(String s) {
    return String.join(" ", split(s));
  }

  /** {@code ''.join(s.split())}: every whitespace code point removed. */
  public static String removeSpaces(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        sb.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** {@code s.rstrip()}: trailing whitespace removed. */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /**
   * {@code s.lower()}: full Unicode lower-casing without locale tailoring (U+0130 becomes "i"
   * plus U+0307, a final capital sigma becomes U+03C2), as {@link String#toLowerCase} does with
   * {@link java.util.Locale#ROOT}.
   */
  public static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }
}

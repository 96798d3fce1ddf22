package dev.s2s.text.token;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns CoreNLP tokens into plain strings: the token's original surface text (CoreNLP's
 * "invertible" mode) rather than its normalised word, so that tokens are always substrings of the
 * input ("Inc." at the end of a sentence gives {@code Inc} {@code .}, not {@code Inc.} {@code .});
 * a token that spans whitespace (CoreNLP keeps {@code (650) 723-1234} or {@code 3 1/2} whole) is
 * split at the whitespace, so no token contains a space.
 */
final class CoreNlpTokens {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{javaWhitespace}\\u00A0]+");

  private CoreNlpTokens() {}

  static void addSurfaceTokens(Iterator<CoreLabel> tokens, List<String> out) {
    while (tokens.hasNext()) {
      CoreLabel l = tokens.next();
      String s = l.originalText();
      if (s == null || s.isEmpty()) {
        s = l.word();
      }
      for (String piece : WHITESPACE.split(s)) {
        if (!piece.isEmpty()) {
          out.add(piece);
        }
      }
    }
  }
}

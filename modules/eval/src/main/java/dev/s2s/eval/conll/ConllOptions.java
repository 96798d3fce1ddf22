package dev.s2s.eval.conll;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Options of conlleval (version 2004-01-26).
 *
 * @param delimiter field delimiter, a regular expression as in conlleval's {@code -d} (default a
 *     single space; {@code "\\t"} for tabs)
 * @param outsideTag the outside tag of raw input ({@code -o}); as in conlleval it only has an
 *     effect together with {@code raw}
 * @param raw tags without B-/I- prefixes, every non-outside token is its own chunk ({@code -r})
 */
public record ConllOptions(String delimiter, String outsideTag, boolean raw) {
  public ConllOptions {
    if (delimiter == null || delimiter.isEmpty()) {
      throw new IllegalArgumentException("delimiter must be non-empty");
    }
    if (outsideTag == null || outsideTag.isEmpty()) {
      throw new IllegalArgumentException("outside tag must be non-empty");
    }
  }

  /** conlleval's defaults: space delimiter, {@code O} outside tag, prefixed tags. */
  public static ConllOptions defaults() {
    return new ConllOptions(" ", "O", false);
  }

  public ConllOptions withRaw(boolean r) {
    return new ConllOptions(delimiter, outsideTag, r);
  }

  public ConllOptions withDelimiter(String d) {
    return new ConllOptions(d, outsideTag, raw);
  }

  public ConllOptions withOutsideTag(String o) {
    return new ConllOptions(delimiter, o, raw);
  }

  /** The compiled delimiter; an invalid expression raises IllegalArgumentException naming it. */
  Pattern delimiterPattern() {
    try {
      return Pattern.compile(delimiter);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "delimiter '" + delimiter + "' is not a valid regular expression: " + e.getDescription(),
          e);
    }
  }
}

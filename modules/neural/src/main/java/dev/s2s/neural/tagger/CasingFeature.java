package dev.s2s.neural.tagger;

/**
 * Coarse spelling shape of a token, used as a one-hot feature next to the word embedding. Checked
 * in this order: a token containing a digit is {@link #HAS_DIGIT}; a token without letters is
 * {@link #OTHER}; then by its letters: all lower case, all upper case, first character an
 * upper-case letter, otherwise {@link #OTHER}.
 */
public enum CasingFeature {
  ALL_LOWER,
  ALL_UPPER,
  INITIAL_CAP,
  HAS_DIGIT,
  OTHER;

  /** The feature of {@code token}. */
  public static CasingFeature of(String token) {
    boolean letters = false;
    boolean anyUpper = false;
    boolean anyLower = false;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return HAS_DIGIT;
      }
      if (Character.isLetter(cp)) {
        letters = true;
        anyUpper |= Character.isUpperCase(cp);
        anyLower |= Character.isLowerCase(cp);
      }
    }
    if (!letters) {
      return OTHER;
    }
    if (!anyUpper) {
      return ALL_LOWER;
    }
    if (!anyLower) {
      return ALL_UPPER;
    }
    return Character.isUpperCase(token.codePointAt(0)) ? INITIAL_CAP : OTHER;
  }
}

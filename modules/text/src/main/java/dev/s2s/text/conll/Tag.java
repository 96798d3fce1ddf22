package dev.s2s.text.conll;

/**
 * A parsed chunk tag: {@code O}, or prefix {@code B}/{@code I}, a dash and a non-empty type
 * ({@code B-PER}, {@code I-NP}).
 *
 * @param prefix 'O', 'B' or 'I'
 * @param type the entity/chunk type, empty only for 'O'
 */
public record Tag(char prefix, String type) {
  /** The outside tag. */
  public static final Tag OUTSIDE = new Tag('O', "");

  public Tag {
    if (prefix == 'O' ? !type.isEmpty() : (prefix != 'B' && prefix != 'I') || type.isEmpty()) {
      throw new IllegalArgumentException("invalid tag parts: " + prefix + " / '" + type + "'");
    }
  }

  /**
   * Parses {@code s}.
   *
   * @throws IllegalArgumentException naming the tag and what was expected ({@code O}, {@code
   *     B-TYPE} or {@code I-TYPE})
   */
  public static Tag parse(String s) {
    if (s.equals("O")) {
      return OUTSIDE;
    }
    String expected = "expected O, B-TYPE or I-TYPE";
    if (s.length() < 2 || s.charAt(1) != '-') {
      throw new IllegalArgumentException("invalid tag '" + s + "': " + expected);
    }
    char p = s.charAt(0);
    if (p != 'B' && p != 'I') {
      throw new IllegalArgumentException(
          "invalid tag '" + s + "': unknown prefix '" + p + "-', " + expected);
    }
    String type = s.substring(2);
    if (type.isEmpty() || !type.strip().equals(type)) {
      throw new IllegalArgumentException("invalid tag '" + s + "': empty or padded type, " + expected);
    }
    return new Tag(p, type);
  }

  /** True for {@code O}. */
  public boolean isOutside() {
    return prefix == 'O';
  }

  /** The same type with another prefix ('B' or 'I'). */
  public Tag withPrefix(char p) {
    return new Tag(p, type);
  }

  @Override
  public String toString() {
    return isOutside() ? "O" : prefix + "-" + type;
  }
}

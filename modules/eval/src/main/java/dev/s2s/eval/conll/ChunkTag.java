package dev.s2s.eval.conll;

/**
 * One tag split as conlleval splits it: the prefix before the first '-' and the type after it
 * ({@code B-ORG} -> B, ORG; {@code O} -> O, ""). Types may contain hyphens. As in conlleval (Perl
 * truthiness), a type spelled "0" is treated as empty.
 *
 * @param prefix chunk tag: B, I, E or O
 * @param type chunk type, "" for O
 */
record ChunkTag(String prefix, String type) {
  static final ChunkTag OUTSIDE = new ChunkTag("O", "");

  /** The split of {@code tag}, without validation. */
  static ChunkTag split(String tag) {
    int dash = tag.indexOf('-');
    if (dash < 0) {
      return new ChunkTag(tag, "");
    }
    String type = tag.substring(dash + 1);
    return new ChunkTag(tag.substring(0, dash), type.equals("0") ? "" : type);
  }

  /** Whether {@code tag} is O or one of B-, I-, E- followed by a non-empty type. */
  static boolean isKnown(String tag) {
    if (tag.equals("O")) {
      return true;
    }
    return tag.length() > 2
        && tag.charAt(1) == '-'
        && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I' || tag.charAt(0) == 'E');
  }

  /** conlleval's endOfChunk: did a chunk end between {@code prev} and {@code cur}? */
  static boolean endOfChunk(ChunkTag prev, ChunkTag cur) {
    String p = prev.prefix;
    String t = cur.prefix;
    boolean end = (p.equals("B") || p.equals("I")) && (t.equals("B") || t.equals("O"));
    end |= p.equals("E") && (t.equals("E") || t.equals("I") || t.equals("O"));
    end |= !p.equals("O") && !p.equals(".") && !prev.type.equals(cur.type);
    end |= p.equals("]") || p.equals("[");
    return end;
  }

  /** conlleval's startOfChunk: did a chunk start between {@code prev} and {@code cur}? */
  static boolean startOfChunk(ChunkTag prev, ChunkTag cur) {
    String p = prev.prefix;
    String t = cur.prefix;
    boolean start = (p.equals("B") || p.equals("I") || p.equals("O")) && t.equals("B");
    start |= p.equals("O") && (t.equals("I") || t.equals("E"));
    start |= p.equals("E") && (t.equals("E") || t.equals("I"));
    start |= !t.equals("O") && !t.equals(".") && !prev.type.equals(cur.type);
    start |= t.equals("[") || t.equals("]");
    return start;
  }
}

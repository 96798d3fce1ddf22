package dev.s2s.text.subword;

import java.util.ArrayList;
import java.util.List;

/**
 * Two adjacent symbols of a word, one BPE merge operation. Ordered as a tuple (left, then right,
 * by {@link String#compareTo}), which breaks ties between equally frequent pairs as subword-nmt
 * does (the larger pair wins).
 */
public record SymbolPair(String left, String right) implements Comparable<SymbolPair> {
  /** Checks that both symbols are non-empty and hold no space, CR or LF (the codes file's separators). */
  public SymbolPair {
    if (!BpeCodes.storable(left) || !BpeCodes.storable(right)) {
      throw new IllegalArgumentException("a symbol pair needs two non-empty symbols without space, CR or LF: '"
          + left + "' '" + right + "'");
    }
  }

  /** The merged symbol. */
  public String merged() {
    return left + right;
  }

  /** {@code symbols} with every occurrence of this pair, scanning left to right, replaced by {@link #merged}. */
  public List<String> mergeIn(List<String> symbols) {
    List<String> out = new ArrayList<>(symbols.size());
    int i = 0;
    while (i < symbols.size()) {
      if (i + 1 < symbols.size() && symbols.get(i).equals(left) && symbols.get(i + 1).equals(right)) {
        out.add(merged());
        i += 2;
      } else {
        out.add(symbols.get(i));
        i++;
      }
    }
    return out;
  }

  @Override
  public int compareTo(SymbolPair o) {
    int c = left.compareTo(o.left);
    return c != 0 ? c : right.compareTo(o.right);
  }

  @Override
  public String toString() {
    return left + " " + right;
  }
}

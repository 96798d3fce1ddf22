package dev.s2s.text.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a line-aligned parallel corpus: the 1-based line number and the text of every side,
 * keyed by language code (source first, then targets, in the corpus's order).
 */
public record ParallelExample(long line, Map<String, String> sides) {
  public ParallelExample {
    sides = Collections.unmodifiableMap(new LinkedHashMap<>(sides));
  }

  /** The text for {@code lang}; throws IllegalArgumentException for a language not in the corpus. */
  public String side(String lang) {
    String s = sides.get(lang);
    if (s == null) {
      throw new IllegalArgumentException("no side '" + lang + "' in " + sides.keySet());
    }
    return s;
  }
}

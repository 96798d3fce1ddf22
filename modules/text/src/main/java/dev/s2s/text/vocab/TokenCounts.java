package dev.s2s.text.vocab;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A mutable token counter fed from token streams (not thread-safe). */
public final class TokenCounts {
  private final Map<String, long[]> counts = new HashMap<>();

  /** Counts one occurrence of {@code token}. */
  public void add(String token) {
    add(token, 1);
  }

  /** Counts {@code n >= 0} occurrences of {@code token}. */
  public void add(String token, long n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative count " + n + " for '" + token + "'");
    }
    counts.computeIfAbsent(token, k -> new long[1])[0] += n;
  }

  /** Counts every token of {@code tokens}. */
  public void addAll(Iterable<String> tokens) {
    for (String t : tokens) {
      add(t);
    }
  }

  /** Occurrences of {@code token} (0 if never seen). */
  public long count(String token) {
    long[] c = counts.get(token);
    return c == null ? 0 : c[0];
  }

  /** Number of distinct tokens. */
  public int distinct() {
    return counts.size();
  }

  /** A snapshot: token to count. */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new HashMap<>();
    counts.forEach((k, v) -> m.put(k, v[0]));
    return Collections.unmodifiableMap(m);
  }
}

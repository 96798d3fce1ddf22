package dev.s2s.experiment.config;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid key closest to a misspelt one (edit distance, ignoring case, '_' and '-'). */
final class KeySuggestions {
  private KeySuggestions() {}

  /** The closest of {@code valid} to {@code given}, or null when none is close. */
  static String closest(String given, Collection<String> valid) {
    String g = normalize(given);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String v : valid) {
      int d = distance(g, normalize(v));
      if (d < bestDistance) {
        best = v;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, g.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

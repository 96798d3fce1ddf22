package dev.s2s.eval.conll;

import dev.s2s.eval.text.FixedPoint;
import java.nio.charset.StandardCharsets;

/**
 * Formats a {@link ConllResult} exactly as conlleval prints it: numbers with {@code %6.2f}
 * rounded half-to-even on the exact double (glibc printf), type names right-aligned in 17 bytes
 * (Perl counts UTF-8 bytes, not characters), every line ending in '\n'.
 */
final class ConllReport {
  private ConllReport() {}

  static String format(ConllResult r) {
    StringBuilder sb = new StringBuilder();
    ChunkCounts all = r.overall();
    sb.append("processed ").append(r.tokens()).append(" tokens with ").append(all.gold())
        .append(" phrases; found: ").append(all.found()).append(" phrases; correct: ")
        .append(all.correct()).append(".\n");
    if (r.tokens() > 0) {
      sb.append("accuracy: ").append(pct(r.accuracy())).append("%; ");
      sb.append("precision: ").append(pct(all.precision())).append("%; ");
      sb.append("recall: ").append(pct(all.recall())).append("%; ");
      sb.append("FB1: ").append(pct(all.f1())).append('\n');
    }
    for (String type : r.reportTypes()) {
      ChunkCounts c = r.byType().get(type);
      sb.append(padBytes(type, 17)).append(": ");
      sb.append("precision: ").append(pct(c.precision())).append("%; ");
      sb.append("recall: ").append(pct(c.recall())).append("%; ");
      sb.append("FB1: ").append(pct(c.f1())).append("  ").append(c.found()).append('\n');
    }
    return sb.toString();
  }

  private static String pct(double x) {
    return FixedPoint.format(x, 6, 2);
  }

  private static String padBytes(String s, int width) {
    int bytes = s.getBytes(StandardCharsets.UTF_8).length;
    return bytes >= width ? s : " ".repeat(width - bytes) + s;
  }
}

package dev.s2s.tasks.suite;

import java.util.List;
import java.util.Locale;

/**
 * The results of a suite as a Markdown table (model, test set, each metric, wall seconds,
 * tokens/s; a missing model shows "missing"), followed by the notes on what was not scored.
 */
public final class MarkdownTable {
  private MarkdownTable() {}

  /** The table and the notes, ending with a newline. */
  public static String render(SuiteResults results) {
    List<SuiteMetric> metrics = results.suite().metrics();
    StringBuilder sb = new StringBuilder();
    sb.append("| model | testset |");
    metrics.forEach(m -> sb.append(' ').append(m.title()).append(" |"));
    sb.append(" wall s | tokens/s |\n|---|---|");
    sb.append("---:|".repeat(metrics.size() + 2)).append('\n');
    for (ResultRow r : results.rows()) {
      sb.append("| ").append(r.model()).append(" | ").append(r.testSet()).append(" |");
      for (SuiteMetric m : metrics) {
        Double v = r.metrics().get(m);
        sb.append(' ').append(r.status() == RowStatus.MISSING ? "missing" : number(v, 2)).append(" |");
      }
      sb.append(' ').append(number(r.wallSeconds(), 2)).append(" | ")
          .append(number(r.tokensPerSecond(), 0)).append(" |\n");
    }
    if (!results.notes().isEmpty()) {
      sb.append("\nNotes:\n");
      results.notes().forEach(n -> sb.append("- ").append(n.replace("\n", " ")).append('\n'));
    }
    return sb.toString();
  }

  /** {@code x} with {@code decimals} decimals, or "-" for null and NaN. */
  static String number(Double x, int decimals) {
    if (x == null || x.isNaN()) {
      return "-";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", x);
  }
}

package dev.s2s.tasks.suite;

import dev.s2s.common.AtomicFiles;
import dev.s2s.experiment.plot.BarChart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Writes a suite's results to {@code <base>/<suite>/}, each file atomically: {@code results.md}
 * (header, table, notes, signatures), {@code results.csv}, {@code results.json}, {@code
 * hyps/<model>.<testset>.txt} (translations, or conlleval input for tagging; none for lm) and
 * {@code chart.png} (the main metric per test set and model; not written when nothing was scored).
 */
public final class ResultsWriter {
  private static final Logger LOG = LogManager.getLogger(ResultsWriter.class);

  private ResultsWriter() {}

  /** Writes everything; returns the suite's results directory. */
  public static Path write(SuiteResults results, Path base) {
    Path dir = base.resolve(results.suite().suite());
    for (ResultRow r : results.rows()) {
      if (r.hypotheses() != null) {
        AtomicFiles.writeString(hypothesisFile(dir, r), r.hypotheses());
      }
    }
    AtomicFiles.writeString(dir.resolve("results.csv"), ResultsCsv.render(results));
    AtomicFiles.writeString(dir.resolve("results.json"), ResultsJson.render(results));
    chart(results, dir.resolve("chart.png"));
    AtomicFiles.writeString(dir.resolve("results.md"), markdown(results));
    return dir;
  }

  /** {@code <dir>/hyps/<model>.<testset>.txt}. */
  static Path hypothesisFile(Path dir, ResultRow r) {
    return dir.resolve("hyps").resolve(r.model() + "." + r.testSet() + ".txt");
  }

  static String markdown(SuiteResults results) {
    SuiteDefinition suite = results.suite();
    StringBuilder sb = new StringBuilder();
    sb.append("# Suite ").append(suite.suite()).append(" (").append(suite.task()).append(")\n\n");
    sb.append("Run ").append(results.date()).append(" from `").append(suite.file()).append('`');
    if (results.git() != null) {
      sb.append(", commit ").append(results.git().commit()).append(results.git().dirty() ? " (dirty)" : "");
    }
    sb.append(".\n\n").append(MarkdownTable.render(results)).append("\nSignatures:\n");
    suite.metrics().forEach(m -> sb.append("- ").append(m.title()).append(": ")
        .append(MetricSignatures.of(m)).append('\n'));
    sb.append("\nWall s: time the system took to produce its outputs; tokens/s counts ")
        .append(switch (suite.task()) {
          case TRANSLATION -> "source tokens";
          case TAGGING -> "tagged tokens";
          case LM -> "predicted tokens (sentence ends included)";
        }).append(".\n");
    if (suite.task() == SuiteTask.TAGGING) {
      sb.append("Tagging: the median of ").append(TaggingEvaluator.TIMED_PASSES).append(" timed passes over the test set, after untimed ones for ")
          .append(TaggingEvaluator.WARM_UP_SECONDS).append(" s (at least ").append(TaggingEvaluator.WARM_UP_PASSES).append(").\n");
    }
    return sb.toString();
  }

  private static void chart(SuiteResults results, Path png) {
    SuiteMetric main = results.suite().mainMetric();
    List<String> testSets = new ArrayList<>();
    Map<String, Map<String, Double>> byModel = new LinkedHashMap<>();
    for (ResultRow r : results.rows()) {
      Double v = r.metrics().get(main);
      if (v != null) {
        if (!testSets.contains(r.testSet())) {
          testSets.add(r.testSet());
        }
        byModel.computeIfAbsent(r.model(), k -> new LinkedHashMap<>()).put(r.testSet(), v);
      }
    }
    if (byModel.isEmpty()) {
      LOG.warn("suite {}: nothing scored, no chart written", results.suite().suite());
      return;
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    byModel.forEach((model, values) -> {
      List<Double> ys = new ArrayList<>();
      testSets.forEach(t -> ys.add(values.get(t)));
      series.put(model, ys);
    });
    BarChart.write(png, results.suite().suite() + ": " + main.title(), main.title(), testSets, series);
  }
}

package dev.s2s.experiment.plot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * A grouped bar chart of a table as a PNG: one group per category (e.g. a test set), one bar per
 * series (e.g. a system), for evaluation reports.
 */
public final class BarChart {
  /** Image width in pixels. */
  public static final int WIDTH = 900;
  /** Image height in pixels. */
  public static final int HEIGHT = 540;

  private BarChart() {}

  /**
   * Writes {@code png}.
   *
   * @param title chart title
   * @param yTitle value axis title, e.g. "BLEU"
   * @param categories the x-axis categories
   * @param series series name -> one value per category (in the order of {@code categories}),
   *     drawn in the map's iteration order
   */
  public static void write(
      Path png, String title, String yTitle, List<String> categories, Map<String, List<Double>> series) {
    if (categories.isEmpty() || series.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one category and one series");
    }
    for (Map.Entry<String, List<Double>> e : series.entrySet()) {
      if (e.getValue().size() != categories.size()) {
        throw new IllegalArgumentException("series '" + e.getKey() + "' has " + e.getValue().size()
            + " values for " + categories.size() + " categories");
      }
    }
    Headless.ensure();
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title(title).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    series.forEach((name, values) -> chart.addSeries(name, categories, values));
    PngFiles.write(chart, png);
  }
}

package dev.s2s.experiment.plot;

import dev.s2s.common.UserException;
import dev.s2s.experiment.run.MetricsLog;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The learning curve of a run as a PNG: training loss (left axis) and one validation metric (right
 * axis) against the update step, from the rows of {@code metrics.csv}. Missing (NaN) values are
 * left out.
 */
public final class LearningCurve {
  /** Image width in pixels. */
  public static final int WIDTH = 900;
  /** Image height in pixels. */
  public static final int HEIGHT = 540;

  private LearningCurve() {}

  /**
   * Writes {@code png}.
   *
   * @param table the metrics (columns step, train_loss and {@code metric})
   * @param metric the validation column to plot, e.g. {@code bleu}
   * @throws UserException when the table has no rows or no column {@code metric}
   */
  public static void write(MetricsTable table, String metric, Path png) {
    if (!table.has(metric)) {
      throw new UserException("metrics have no column '" + metric + "'; columns: " + String.join(", ", table.columns()));
    }
    if (table.rows().isEmpty()) {
      throw new UserException("no validation rows yet; nothing to plot for " + png);
    }
    Headless.ensure();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Learning curve").xAxisTitle("step").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(0, "train loss");
    chart.setYAxisGroupTitle(1, metric);
    double[] steps = table.column("step");
    addSeries(chart, "train loss", steps, table.column("train_loss"), 0);
    addSeries(chart, metric, steps, table.column(metric), 1);
    PngFiles.write(chart, png);
  }

  /** Writes the run's learning-curve.png from its metrics.csv. */
  public static void write(RunDirectory run, String metric) {
    write(run.metricsFile(), metric, run.learningCurveFile());
  }

  /** Writes {@code png} from a {@code metrics.csv} file (see {@code MetricsLog}). */
  public static void write(Path metricsCsv, String metric, Path png) {
    write(MetricsLog.read(metricsCsv), metric, png);
  }

  private static void addSeries(XYChart chart, String name, double[] xs, double[] ys, int axis) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
        x.add(xs[i]);
        y.add(ys[i]);
      }
    }
    if (x.isEmpty()) {
      return;
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setYAxisGroup(axis);
  }
}

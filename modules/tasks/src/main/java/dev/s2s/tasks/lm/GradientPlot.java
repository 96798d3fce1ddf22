package dev.s2s.tasks.lm;

import dev.s2s.common.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes gradient-decay measurements ({@link GradientDecay.Curve}) of one or more runs: {@code
 * gradients.csv} (columns label, layer, distance, mean_norm, geometric_mean_norm, positions) and a
 * PNG with the mean norm against the distance on a logarithmic y axis, one series per run and
 * layer.
 */
public final class GradientPlot {
  /** Image width in pixels. */
  public static final int WIDTH = 1000;
  /** Image height in pixels. */
  public static final int HEIGHT = 600;

  private GradientPlot() {}

  /** The curves of one run under a label. */
  public record Series(String label, List<GradientDecay.Curve> curves) {}

  public static void writeCsv(List<Series> series, Path csv) {
    StringBuilder b = new StringBuilder("label,layer,distance,mean_norm,geometric_mean_norm,positions\n");
    for (Series s : series) {
      for (GradientDecay.Curve c : s.curves()) {
        for (int d = 0; d < c.meanNorm().length; d++) {
          b.append(quote(s.label())).append(',').append(c.layer()).append(',').append(d).append(',')
              .append(String.format(Locale.ROOT, "%.6e,%.6e,%d%n", c.meanNorm()[d], c.geometricMeanNorm()[d], c.positions()));
        }
      }
    }
    AtomicFiles.writeString(csv, b.toString());
  }

  public static void writePng(List<Series> series, Path png) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Back-propagated error vs. distance: mean ||u^T dh_t/dh_(t-d)||, random unit u")
        .xAxisTitle("distance d = t - k (steps)").yAxisTitle("mean norm (log scale)").build();
    chart.getStyler().setYAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
    for (Series s : series) {
      for (GradientDecay.Curve c : s.curves()) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int d = 0; d < c.meanNorm().length; d++) {
          double v = c.meanNorm()[d];
          if (v > 0 && Double.isFinite(v)) {
            x.add((double) d);
            y.add(v);
          }
        }
        if (!x.isEmpty()) {
          String name = s.curves().size() > 1 ? s.label() + " layer " + c.layer() : s.label();
          chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        }
      }
    }
    try {
      byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      AtomicFiles.write(png, out -> out.write(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + png, e);
    }
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}

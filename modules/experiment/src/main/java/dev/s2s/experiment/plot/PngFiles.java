package dev.s2s.experiment.plot;

import dev.s2s.common.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes an XChart chart as a PNG file atomically. */
final class PngFiles {
  private PngFiles() {}

  static void write(Chart<?, ?> chart, Path png) {
    try {
      byte[] bytes = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      AtomicFiles.write(png, out -> out.write(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + png, e);
    }
  }
}

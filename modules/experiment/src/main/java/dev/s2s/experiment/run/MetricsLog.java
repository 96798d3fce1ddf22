package dev.s2s.experiment.run;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * {@code metrics.csv} of a run: a header {@code step,epoch,wall_seconds,train_loss,<metrics...>}
 * and one row per validation, appended and flushed row by row (a crash loses at most the row being
 * written). The metric columns are fixed by the first row; later rows must have the same ones.
 */
public final class MetricsLog {
  /** The columns every row starts with. */
  public static final List<String> FIXED_COLUMNS = List.of("step", "epoch", "wall_seconds", "train_loss");

  private final Path file;

  MetricsLog(Path file) {
    this.file = file;
  }

  /** The CSV file. */
  public Path file() {
    return file;
  }

  /**
   * Appends {@code row}, writing the header first if the file is new. Its values go under the
   * columns of their names, so a row whose map iterates in another order than the header (a run
   * resumed with another map, or a file written before the column order was fixed) still lines up.
   *
   * @throws IllegalStateException if the file's header has other metric columns
   */
  public synchronized void append(MetricsRow row) {
    List<String> header = new ArrayList<>(FIXED_COLUMNS);
    header.addAll(row.metrics().keySet());
    StringBuilder out = new StringBuilder();
    List<String> columns = existingHeader();
    if (columns == null) {
      columns = header;
      out.append(String.join(",", header)).append('\n');
    } else if (!sameColumns(columns, header)) {
      throw new IllegalStateException(file + " has columns " + columns + ", the new row has " + header);
    }
    out.append(row.step()).append(',').append(row.epoch()).append(',')
        .append(number(row.wallSeconds())).append(',').append(number(row.trainLoss()));
    for (String metric : columns.subList(FIXED_COLUMNS.size(), columns.size())) {
      out.append(',').append(number(row.metrics().get(metric)));
    }
    out.append('\n');
    try {
      Files.writeString(file, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  /** The fixed columns first, then the same metric names (distinct in {@code header}) in any order. */
  private static boolean sameColumns(List<String> existing, List<String> header) {
    int fixed = FIXED_COLUMNS.size();
    return existing.size() == header.size() && existing.subList(0, fixed).equals(FIXED_COLUMNS)
        && new HashSet<>(existing.subList(fixed, existing.size())).equals(new HashSet<>(header.subList(fixed, header.size())));
  }

  /** Reads a metrics file written by {@link #append}. */
  public static MetricsTable read(Path file) {
    List<String> lines = TextFiles.readLines(file);
    if (lines.isEmpty()) {
      throw new UserException(file + ": empty; expected a header line " + String.join(",", FIXED_COLUMNS) + ",...");
    }
    List<String> columns = Arrays.asList(lines.get(0).split(",", -1));
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length != columns.size()) {
        throw new UserException(file + ":" + (i + 1) + ": " + cells.length + " cells; expected "
            + columns.size() + " as in the header");
      }
      double[] row = new double[cells.length];
      for (int c = 0; c < cells.length; c++) {
        try {
          row[c] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
        } catch (NumberFormatException e) {
          throw new UserException(file + ":" + (i + 1) + ": column " + columns.get(c) + ": '" + cells[c]
              + "' is not a number");
        }
      }
      rows.add(row);
    }
    return new MetricsTable(columns, rows);
  }

  private List<String> existingHeader() {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) == 0) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (var reader = TextFiles.open(file)) {
      String first = reader.readLine();
      return first == null ? null : Arrays.asList(first.split(",", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String number(double v) {
    return Double.toString(v);
  }
}

package dev.s2s.experiment.run;

import java.util.List;

/**
 * The content of a {@code metrics.csv}: column names and rows of numbers ({@code NaN} for an
 * empty cell). Rows are [row][column].
 */
public record MetricsTable(List<String> columns, List<double[]> rows) {
  /** Copies the lists; every row must have one value per column. */
  public MetricsTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (double[] r : rows) {
      if (r.length != columns.size()) {
        throw new IllegalArgumentException("row of " + r.length + " values for " + columns.size() + " columns");
      }
    }
  }

  /** True when the table has a column {@code name}. */
  public boolean has(String name) {
    return columns.contains(name);
  }

  /** The values of column {@code name}, one per row. */
  public double[] column(String name) {
    int c = columns.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in " + columns);
    }
    double[] values = new double[rows.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = rows.get(i)[c];
    }
    return values;
  }
}

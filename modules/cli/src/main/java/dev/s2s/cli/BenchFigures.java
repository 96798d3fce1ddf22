package dev.s2s.cli;

import dev.s2s.common.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measured figures of {@code s2s bench}, one value per round each, in insertion order; a
 * figure is summarised by its median, minimum and maximum over the rounds.
 */
final class BenchFigures {
  /** One figure: JSON/CSV key, human label, unit and the per-round values. */
  record Figure(String key, String label, String unit, List<Double> values) {
    double median() {
      return Statistics.median(sorted());
    }

    double min() {
      return sorted()[0];
    }

    double max() {
      double[] s = sorted();
      return s[s.length - 1];
    }

    private double[] sorted() {
      if (values.isEmpty()) {
        throw new IllegalStateException("figure " + key + " has no values");
      }
      double[] s = values.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(s);
      return s;
    }
  }

  private final Map<String, Figure> figures = new LinkedHashMap<>();

  /** Declares a figure (in table order) before values are added. */
  void declare(String key, String label, String unit) {
    figures.put(key, new Figure(key, label, unit, new ArrayList<>()));
  }

  void add(String key, double value) {
    Figure f = figures.get(key);
    if (f == null) {
      throw new IllegalArgumentException("undeclared figure " + key);
    }
    f.values().add(value);
  }

  List<Figure> all() {
    return List.copyOf(figures.values());
  }
}

package dev.s2s.experiment.plot;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarChartTest {
  @TempDir Path tmp;

  @Test
  void writesAPngOfCategoriesBySeries() throws IOException {
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("gru", List.of(30.1, 22.4));
    series.put("lstm", List.of(31.0, 23.9));
    Path png = tmp.resolve("bleu.png");
    BarChart.write(png, "BLEU by test set", "BLEU", List.of("en-de", "en-fr"), series);
    LearningCurveTest.assertPng(png);
  }

  @Test
  void seriesMustMatchTheCategories() {
    Map<String, List<Double>> series = Map.of("gru", List.of(30.1));
    assertThrows(IllegalArgumentException.class,
        () -> BarChart.write(tmp.resolve("x.png"), "t", "y", List.of("a", "b"), series));
  }
}

package dev.s2s.experiment.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningCurveTest {
  /** The 8-byte PNG signature (PNG specification, section 5.2). */
  static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path tmp;

  static void assertPng(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 1000, "a " + bytes.length + "-byte PNG is too small for a chart");
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, 8));
  }

  @Test
  void writesAPngOfLossAndMetricAgainstStep() throws IOException {
    MetricsTable table = new MetricsTable(
        List.of("step", "epoch", "wall_seconds", "train_loss", "bleu"),
        List.of(new double[] {100, 1, 10, 5.1, 2.0}, new double[] {200, 1, 20, 4.2, Double.NaN},
            new double[] {300, 2, 30, 3.9, 7.5}));
    Path png = tmp.resolve("run/learning-curve.png");
    LearningCurve.write(table, "bleu", png);
    assertPng(png);
  }

  @Test
  void writesTheRunsCurveFromItsMetricsCsv() throws IOException {
    RunDirectory run = RunDirectory.of(tmp.resolve("runs/x"));
    Files.createDirectories(run.dir());
    Files.writeString(run.metricsFile(),
        "step,epoch,wall_seconds,train_loss,perplexity\n50,1,3.0,6.5,700.0\n100,1,6.0,5.5,420.0\n");
    LearningCurve.write(run, "perplexity");
    assertPng(run.learningCurveFile());
  }

  @Test
  void unknownMetricOrNoRowsIsAUserError() {
    MetricsTable empty = new MetricsTable(List.of("step", "epoch", "wall_seconds", "train_loss", "bleu"), List.of());
    Path png = tmp.resolve("lc.png");
    UserException e = assertThrows(UserException.class, () -> LearningCurve.write(empty, "chrf", png));
    assertTrue(e.getMessage().contains("no column 'chrf'"), e.getMessage());
    e = assertThrows(UserException.class, () -> LearningCurve.write(empty, "bleu", png));
    assertTrue(e.getMessage().contains("no validation rows"), e.getMessage());
    assertTrue(Files.notExists(png));
  }
}

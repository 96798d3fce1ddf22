package dev.s2s.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsLogTest {
  @TempDir Path tmp;
  RunFixture f;

  @BeforeEach
  void setUp() throws IOException {
    f = new RunFixture(tmp);
  }

  @Test
  void metricsAreAppendedRowByRow() throws IOException {
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      run.metrics().append(new MetricsRow(100, 1, 12.5, 4.25, Map.of("perplexity", 70.0)));
      run.metrics().append(new MetricsRow(200, 2, 25.0, 3.5, Map.of("perplexity", 55.5)));
      assertEquals(
          "step,epoch,wall_seconds,train_loss,perplexity\n100,1,12.5,4.25,70.0\n200,2,25.0,3.5,55.5\n",
          Files.readString(run.directory().metricsFile()));
      assertThrows(IllegalStateException.class,
          () -> run.metrics().append(new MetricsRow(300, 3, 30, 3.0, Map.of("bleu", 1.0))));
      MetricsTable t = run.directory().metrics();
      assertEquals(List.of("step", "epoch", "wall_seconds", "train_loss", "perplexity"), t.columns());
      assertEquals(55.5, t.column("perplexity")[1]);
      run.complete();
    }
  }

  @Test
  void valuesGoUnderTheirColumnsWhateverTheMapOrder() throws IOException {
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      // a file from before the column order was fixed: lr, then bleu
      Files.writeString(run.directory().metricsFile(), "step,epoch,wall_seconds,train_loss,lr,bleu\n");
      Map<String, Double> bleuFirst = new LinkedHashMap<>();
      bleuFirst.put("bleu", 33.5);
      bleuFirst.put("lr", 0.001);
      run.metrics().append(new MetricsRow(454, 1, 200.0, 4.5, bleuFirst));
      assertEquals("step,epoch,wall_seconds,train_loss,lr,bleu\n454,1,200.0,4.5,0.001,33.5\n",
          Files.readString(run.directory().metricsFile()));
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> run.metrics().append(new MetricsRow(908, 2, 400, 3.0, Map.of("bleu", 34.0, "learning_rate", 0.001))));
      assertTrue(e.getMessage().contains("has columns [step, epoch, wall_seconds, train_loss, lr, bleu]"), e.getMessage());
      run.complete();
    }
  }
}

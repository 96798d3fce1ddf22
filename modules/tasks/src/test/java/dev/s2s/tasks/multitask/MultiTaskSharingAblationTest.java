package dev.s2s.tasks.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.TrainingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a unit test: the sharing ablation (translation only, tagging only, both) on the sample data
 * with demo.yaml's model sizes and the same number of updates each. Runs only with
 * {@code -Ds2s.ablation=<steps>}; prints the dev scores of the last validation of each run and
 * writes them to {@code target/sharing-ablation.txt}.
 */
@EnabledIfSystemProperty(named = "s2s.ablation", matches = "\\d+")
class MultiTaskSharingAblationTest {
  @TempDir Path tmp;

  @Test
  void translationOnlyTaggingOnlyAndBoth() throws IOException {
    long steps = Long.parseLong(System.getProperty("s2s.ablation"));
    StringBuilder out = new StringBuilder("setting        steps  dev_bleu_de dev_bleu_fr dev_bleu dev_f1  best_bleu best_f1  seconds\n");
    run(out, "translation-only", steps, Map.of("tagging", 0.0));
    run(out, "tagging-only", steps, Map.of("translation.de", 0.0, "translation.fr", 0.0));
    run(out, "both", steps, Map.of());
    Files.writeString(Path.of("target/sharing-ablation.txt"), out);
    System.out.println(out);
  }

  private void run(StringBuilder out, String name, long steps, Map<String, Double> weights) throws IOException {
    MultiTaskFixture f = new MultiTaskFixture(tmp.resolve(name));
    String yaml = MultiTaskFixture.yaml(name, 13, "crf", "max_steps: " + steps + ", max_epochs: 1000, validate_every: "
        + Math.max(1, steps / 4))
        .replace("model: {embedding: 16, hidden: 24, cell: gru, bidirectional: true, dropout: 0.1}",
            "model: {embedding: 64, hidden: 128, cell: gru, bidirectional: true, dropout: 0.1}");
    ExperimentConfig cfg = f.config(yaml);
    long start = System.nanoTime();
    try (TrainingRun run = f.start(cfg)) {
      MultiTaskTrainer.Prepared p = new MultiTaskTrainer(System.err, weights).prepare(run, false);
      p.loop().run(new NoProgress());
      MetricsTable m = run.directory().metrics();
      int last = m.rows().size() - 1;
      assertEquals(steps, (long) m.column("step")[last]);
      out.append(String.format(Locale.ROOT, "%-14s %5d  %11.2f %11.2f %8.2f %6.2f  %9.2f %7.2f  %7.1f%n", name, steps,
          m.column("bleu_de")[last], m.column("bleu_fr")[last], m.column("bleu")[last], m.column("f1")[last],
          max(m.column("bleu")), max(m.column("f1")), (System.nanoTime() - start) / 1e9));
      run.complete();
    }
  }

  private static double max(double[] xs) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      m = Math.max(m, x);
    }
    return m;
  }

  private static final class NoProgress implements dev.s2s.experiment.progress.TrainingProgress {
    @Override
    public void step(long step, double loss, long tokens) {}

    @Override
    public void close() {}
  }
}

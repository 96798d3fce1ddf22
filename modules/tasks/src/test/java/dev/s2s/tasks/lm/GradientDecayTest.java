package dev.s2s.tasks.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.StartMode;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradientDecayTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void tanhModelGradientsDecayWithDistanceAndArePlotted() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.text("train.txt", LmRunFixture.cycle(20));
    f.text("dev.txt", LmRunFixture.cycle(20));
    f.text("test.txt", LmRunFixture.cycle(4));
    RunDirectory dir = f.train(f.config(LmRunFixture.rnnYaml("tanh", "rnn", "softmax", 0, "  max_steps: 8\n")
        .replace("layers: 1", "layers: 2")), StartMode.FRESH);
    TrainedRnnLm lm = TrainedRnnLm.load(dir, "test");
    int[] ids = TokenIds.of(LmText.read(tmp.resolve("dev.txt"), "dev"), lm.vocabulary(), "dev").ids();
    List<GradientDecay.Curve> curves = GradientDecay.measure(lm, ids, 20, 50, 6, 16, 5);
    assertEquals(2, curves.size(), "one curve per layer");
    for (GradientDecay.Curve c : curves) {
      assertEquals(1.0, c.meanNorm()[0], 1e-5, "distance 0 is the unit vector itself");
      assertEquals(50, c.positions());
      // tanh' <= 1 and a near-orthogonal recurrence: the error shrinks with distance
      assertTrue(c.geometricMeanNorm()[20] < c.geometricMeanNorm()[1], "layer " + c.layer());
    }
    var series = List.of(new GradientPlot.Series(GradientDecay.label(lm.config()), curves));
    GradientPlot.writeCsv(series, tmp.resolve("g.csv"));
    GradientPlot.writePng(series, tmp.resolve("g.png"));
    List<String> lines = Files.readAllLines(tmp.resolve("g.csv"));
    assertEquals(1 + 2 * 21, lines.size());
    assertTrue(lines.get(1).startsWith("\"tanh (rnn, clip global_norm 5.0)\",0,0,"), lines.get(1));
    assertTrue(Files.size(tmp.resolve("g.png")) > 1000);
    UserException e = assertThrows(UserException.class, () -> GradientDecay.measure(lm, new int[] {3, 4, 5}, 20, 5, 6, 4, 1));
    assertTrue(e.getMessage().contains("needs at least 26"), e.getMessage());
  }
}

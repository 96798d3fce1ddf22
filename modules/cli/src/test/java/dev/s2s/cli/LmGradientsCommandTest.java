package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmGradientsCommandTest {
  @TempDir Path tmp;

  @Test
  void plotsSeveralRunsInOneChart() throws Exception {
    Path tanh = LmRunDirs.rnn(tmp, "tanh", "rnn");
    Path irnn = LmRunDirs.rnn(tmp, "irnn", "irnn");
    Path out = tmp.resolve("plots");
    CliRun r = CliRun.run(new LmGradientsCommand(), "--model", tanh.toString(), "--model", irnn.toString(),
        "--max-distance", "8", "--positions", "20", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("gradients.csv"));
    assertEquals("label,layer,distance,mean_norm,geometric_mean_norm,positions", csv.get(0));
    assertEquals(1 + 2 * 9, csv.size(), "two runs, one layer each, distances 0..8");
    assertTrue(csv.get(1).startsWith("\"tanh (rnn, clip global_norm 5.0)\",0,0,1.0"), csv.get(1));
    assertTrue(csv.get(10).startsWith("\"irnn (irnn,"), csv.get(10));
    assertTrue(Files.size(out.resolve("gradients.png")) > 1000);
    assertTrue(r.out().contains("tanh (rnn, clip global_norm 5.0) layer 0: mean norm at d=1"), r.out());
  }

  @Test
  void refusesAnNgramRun() throws Exception {
    Path uni = LmRunDirs.ngram(tmp);
    CliRun r = CliRun.run(new LmGradientsCommand(), "--model", uni.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("needs an RNN language model run (lm.kind rnn), but lm.kind is ngram"), r.err());
  }

  @Test
  void refusesANonPositiveDistanceAndAMissingRun() {
    CliRun r = CliRun.run(new LmGradientsCommand(), "--model", tmp.toString(), "--max-distance", "0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--max-distance: expected an integer >= 1, got 0"), r.err());
    CliRun missing = CliRun.run(new LmGradientsCommand(), "--model", tmp.resolve("nope").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("run directory " + tmp.resolve("nope") + " not found"), missing.err());
  }
}

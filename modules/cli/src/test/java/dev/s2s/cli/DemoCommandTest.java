package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's wiring, with a tiny model instead of configs/demo.yaml's couple of minutes. */
class DemoCommandTest {
  @TempDir Path tmp;

  @Test
  void trainsThenPrintsTranslationsOfHeldOutSentencesIntoEveryTarget() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("demo.yaml"), TinyRuns.translationConfig("demo-test", 10));
    System.setProperty("s2s.home", TinyRuns.repoRoot().toString());
    CliRun r = CliRun.run(new DemoCommand(), "--config", yaml.toString(), "--runs", tmp.resolve("runs").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("en -> de") && r.out().contains("en -> fr"), r.out());
    // the first held-out sentence of corpora/sample/test.en, followed by a translation line
    String first = Files.readAllLines(TinyRuns.repoRoot().resolve("corpora/sample/test.en")).get(0);
    assertTrue(r.out().contains(first + "\n    => "), r.out());
    assertEquals("COMPLETED", Files.readString(tmp.resolve("runs/demo-test/STATUS")).lines().findFirst().orElse("").trim());
  }
}

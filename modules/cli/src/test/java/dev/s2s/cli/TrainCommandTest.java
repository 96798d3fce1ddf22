package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir Path tmp;

  @Test
  void runDirectoryDescribesItself() throws Exception {
    Path run = TinyRuns.translationRun();
    for (String f : new String[] {"config.yaml", "manifest.json", "STATUS", "train.log", "metrics.csv",
        "vocab-en.txt", "vocab-de.txt", "vocab-fr.txt", "checkpoints/best.ckpt", "checkpoints/last.ckpt"}) {
      assertTrue(Files.isRegularFile(run.resolve(f)), "missing " + f);
    }
    String manifest = Files.readString(run.resolve("manifest.json"));
    assertTrue(manifest.contains("COMPLETED") && manifest.contains("sha256"), manifest);
    // 20 steps, validation every 10: a header and two rows
    assertEquals(3, Files.readAllLines(run.resolve("metrics.csv")).size());
    // the same columns in every JVM, so that a resumed run can append to the file
    assertEquals("step,epoch,wall_seconds,train_loss,bleu,lr", Files.readAllLines(run.resolve("metrics.csv")).get(0));
  }

  @Test
  void anExistingRunIsNotOverwrittenWithoutForce() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("t.yaml"), TinyRuns.translationConfig("twice", 2));
    String runs = tmp.resolve("runs").toString();
    assertEquals(0, CliRun.run(new TrainCommand(), yaml.toString(), "--runs", runs).exitCode());
    CliRun again = CliRun.run(new TrainCommand(), yaml.toString(), "--runs", runs);
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("--force") || again.err().contains("--resume"), again.err());
    assertEquals(0, CliRun.run(new TrainCommand(), yaml.toString(), "--runs", runs, "--force").exitCode());
  }

  @Test
  void seedOptionTrainsAnotherRunDirectoryWithThatSeed() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("s.yaml"), TinyRuns.translationConfig("seeded", 2));
    Path runs = tmp.resolve("runs");
    CliRun r = CliRun.run(new TrainCommand(), yaml.toString(), "--runs", runs.toString(), "--seed", "5");
    assertEquals(0, r.exitCode(), r.err());
    String resolved = Files.readString(runs.resolve("seeded-seed5/config.yaml"));
    assertTrue(resolved.contains("name: seeded-seed5") && resolved.contains("seed: 5"), resolved);
    assertTrue(Files.notExists(runs.resolve("seeded")));
    // the config's own seed (7) is the config's own run
    assertEquals(0, CliRun.run(new TrainCommand(), yaml.toString(), "--runs", runs.toString(), "--seed", "7").exitCode());
    assertTrue(Files.readString(runs.resolve("seeded/config.yaml")).contains("name: seeded\n"));
  }

  @Test
  void aFailedRunSaysSoInItsDirectory() throws Exception {
    // the dev file exists for the config check but is not aligned with... an unreadable target: a
    // German dev file that is not UTF-8 makes training fail after the run started
    Path sample = TinyRuns.repoRoot().resolve("corpora/sample");
    Path data = Files.createDirectories(tmp.resolve("data"));
    for (String lang : new String[] {"en", "de", "fr"}) {
      Files.copy(sample.resolve("train." + lang), data.resolve("train." + lang));
      Files.copy(sample.resolve("dev." + lang), data.resolve("dev." + lang));
    }
    Files.write(data.resolve("train.de"), new byte[] {'a', (byte) 0xff, '\n'});
    String yaml = TinyRuns.translationConfig("broken", 2).replace(sample.toString(), data.toString());
    Path f = Files.writeString(tmp.resolve("broken.yaml"), yaml);
    CliRun r = CliRun.run(new TrainCommand(), f.toString(), "--runs", tmp.resolve("runs").toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("train.de") && r.err().contains("byte offset 1"), r.err());
    assertTrue(Files.readString(tmp.resolve("runs/broken/STATUS")).startsWith("FAILED"));
  }
}

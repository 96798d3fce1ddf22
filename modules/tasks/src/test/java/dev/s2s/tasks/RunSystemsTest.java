package dev.s2s.tasks;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSystemsTest {
  @TempDir Path tmp;

  /** A completed run directory whose config has a translation and a tagging section (no model files needed). */
  private Path sharedEncoderRun() throws IOException {
    Path sample = Path.of("../..").toAbsolutePath().normalize().resolve("corpora/sample");
    Path yaml = Files.writeString(tmp.resolve("mt.yaml"), "name: mt\n"
        + "translation: {source: en, targets: [de], train: {format: parallel, file: " + sample.resolve("train") + "}}\n"
        + "tagging: {train: {format: conll, file: " + sample.resolve("ner.train.conll") + ", columns: 2}}\n");
    Path run = Files.createDirectories(tmp.resolve("runs/mt"));
    ExperimentConfig.load(yaml, tmp).write(run.resolve("config.yaml"));
    Files.writeString(run.resolve("STATUS"), "COMPLETED\n");
    return run;
  }

  @Test
  void anEnsembleRefusesASharedEncoderRunByName() throws IOException {
    Path run = sharedEncoderRun();
    UserException e = assertThrows(UserException.class, () -> new RunSystems().tagger(List.of(run, run)));
    assertTrue(e.getMessage().contains(run.toString()) && e.getMessage().contains("tagging-only"), e.getMessage());
  }
}

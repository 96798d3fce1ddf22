package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfNerTrainCommandTest {
  @TempDir Path dir;

  @Test
  void trainsSavesAndScoresDev() throws IOException {
    Path train = Files.writeString(dir.resolve("train.conll"), CrfNerFixture.trainText());
    Path dev = Files.writeString(dir.resolve("dev.conll"), CrfNerFixture.TEST);
    Path model = dir.resolve("m.ser.gz");
    CliRun r =
        CliRun.run(new CrfNerTrainCommand(), "--train", train.toString(), "--dev", dev.toString(),
            "-o", model.toString(), "--max-iterations", "60", "--threads", "2");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.size(model) > 0);
    // 16 sentences of 7+6+8+8+8+7+7+7+6+6+6+7+7+7+6+5 = 108 tokens
    assertTrue(r.out().contains("train: " + train + ", 16 sentences, 108 tokens"), r.out());
    // dev: Anna/B-PER visited/O Berlin/B-LOC ./O, both entities found -> F1 100
    assertTrue(r.out().contains("dev: " + dev + ", F1 100.00"), r.out());
  }

  @Test
  void missingTrainFileIsUserError() {
    Path missing = dir.resolve("missing.conll");
    CliRun r = CliRun.run(new CrfNerTrainCommand(), "--train", missing.toString(), "-o",
        dir.resolve("m.ser.gz").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("file not found: " + missing), r.err());
  }

  @Test
  void malformedLineIsUserErrorNamingFileAndLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.conll"), "EU NNP B-NP B-ORG\nrejects VBZ O\n");
    Path model = dir.resolve("m.ser.gz");
    CliRun r = CliRun.run(new CrfNerTrainCommand(), "--train", bad.toString(), "-o", model.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(bad + ":2: expected 4 columns"), r.err());
    assertTrue(!Files.exists(model), "no model written");
  }

  @Test
  void unknownSchemeIsUserError() throws IOException {
    Path train = Files.writeString(dir.resolve("train.conll"), CrfNerFixture.trainText());
    CliRun r = CliRun.run(new CrfNerTrainCommand(), "--train", train.toString(), "-o",
        dir.resolve("m.ser.gz").toString(), "--train-scheme", "bioes");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--train-scheme: unknown tag scheme 'bioes'"), r.err());
  }

  @Test
  void zeroThreadsIsUsageError() throws IOException {
    Path train = Files.writeString(dir.resolve("train.conll"), CrfNerFixture.trainText());
    CliRun r = CliRun.run(new CrfNerTrainCommand(), "--train", train.toString(), "-o",
        dir.resolve("m.ser.gz").toString(), "--threads", "0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--threads must be at least 1, got 0"), r.err());
  }

  @Test
  void outputThatIsADirectoryIsUserErrorBeforeTraining() throws IOException {
    Path train = Files.writeString(dir.resolve("train.conll"), CrfNerFixture.trainText());
    CliRun r = CliRun.run(new CrfNerTrainCommand(), "--train", train.toString(), "-o", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("-o " + dir + ": is a directory"), r.err());
    assertTrue(!r.out().contains("train:"), "failed before reading or training: " + r.out());
  }
}

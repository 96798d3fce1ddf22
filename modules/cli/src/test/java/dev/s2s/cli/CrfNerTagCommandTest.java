package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfNerTagCommandTest {
  @TempDir static Path dir;
  private static Path model;

  // token gold predicted; the held-out sentence is tagged correctly (see CrfNerFixture.TEST)
  private static final String EXPECTED = "Anna B-PER B-PER\nvisited O O\nBerlin B-LOC B-LOC\n. O O\n\n";

  @BeforeAll
  static void train() throws IOException {
    model = CrfNerFixture.trainModel(dir);
  }

  @Test
  void tagsFile() {
    CliRun r = CliRun.run(new CrfNerTagCommand(), "--model", model.toString(),
        dir.resolve("test.conll").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(EXPECTED, r.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void tagsStdinTwoColumns() {
    CrfNerTagCommand cmd = new CrfNerTagCommand();
    cmd.stdin = CliRun.stdin("Anna B-PER\nvisited O\nBerlin B-LOC\n. O\n");
    CliRun r = CliRun.run(cmd, "--model", model.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(EXPECTED, r.out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void malformedStdinIsUserErrorNamingStdin() {
    CrfNerTagCommand cmd = new CrfNerTagCommand();
    cmd.stdin = CliRun.stdin("Anna B-PER\nvisited\n");
    CliRun r = CliRun.run(cmd, "--model", model.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stdin:2: expected 2 columns"), r.err());
  }

  @Test
  void invalidTagIsUserError() {
    CrfNerTagCommand cmd = new CrfNerTagCommand();
    cmd.stdin = CliRun.stdin("Anna X-PER\n");
    CliRun r = CliRun.run(cmd, "--model", model.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stdin:1: column 2 (NER): invalid tag 'X-PER'"), r.err());
  }

  @Test
  void missingInputIsUserError() {
    Path missing = dir.resolve("missing.conll");
    CliRun r = CliRun.run(new CrfNerTagCommand(), "--model", model.toString(), missing.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("file not found: " + missing), r.err());
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrfNerEvalCommandTest {
  @TempDir static Path dir;
  private static Path model;
  private static Path test;

  @BeforeAll
  static void train() throws IOException {
    model = CrfNerFixture.trainModel(dir);
    test = dir.resolve("test.conll");
  }

  @Test
  void textReportAndSpeed() {
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", model.toString(), "--test", test.toString());
    assertEquals(0, r.exitCode(), r.err());
    // Anna/B-PER visited/O Berlin/B-LOC ./O tagged correctly: conlleval report by hand
    String report =
        "processed 4 tokens with 2 phrases; found: 2 phrases; correct: 2.\n"
            + "accuracy: 100.00%; precision: 100.00%; recall: 100.00%; FB1: 100.00\n"
            + "              LOC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
            + "              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n";
    assertTrue(r.out().startsWith(report), r.out());
    assertTrue(r.out().contains("tagging: 4 tokens in "), r.out());
    assertTrue(r.out().contains("tokens/CPU-s)"), r.out());
  }

  @Test
  void jsonFormat() {
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", model.toString(), "--test",
        test.toString(), "--format", "json", "--warmup", "0");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"f1\": 100.00"), r.out());
    assertTrue(r.out().contains("\"tokens\": 4"), r.out());
    assertTrue(r.out().contains("\"tokens_per_second\": "), r.out());
    assertTrue(r.out().contains("\"PER\": {"), r.out());
  }

  @Test
  void unknownFormatIsUsageError() {
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", model.toString(), "--test",
        test.toString(), "--format", "xml");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--format: unknown format 'xml', expected text or json"), r.err());
  }

  @Test
  void missingModelIsUserError() {
    Path missing = dir.resolve("none.ser.gz");
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", missing.toString(), "--test", test.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("file not found: " + missing), r.err());
  }

  @Test
  void nonModelFileIsUserError() {
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", test.toString(), "--test", test.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(test + ": not a CoreNLP CRF model"), r.err());
  }

  @Test
  void malformedTestLineIsUserError() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad-test.conll"), "Anna NNP B-NP B-PER\nvisited VBD\n");
    CliRun r = CliRun.run(new CrfNerEvalCommand(), "--model", model.toString(), "--test", bad.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(bad + ":2: expected 4 columns"), r.err());
  }
}

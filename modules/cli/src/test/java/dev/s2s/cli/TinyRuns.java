package dev.s2s.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: trains a tiny translation model on the project's sample corpus (a few seconds),
 * once per JVM, through {@code s2s train}, and hands out its run directory.
 */
final class TinyRuns {
  private static Path translationRun;

  private TinyRuns() {}

  static Path repoRoot() {
    return Path.of("../..").toAbsolutePath().normalize();
  }

  /** The YAML of a tiny en->de,fr model over corpora/sample, with all paths absolute. */
  static String translationConfig(String name, long maxSteps) {
    Path sample = repoRoot().resolve("corpora/sample");
    return String.join(
        "\n",
        "name: " + name,
        "seed: 7",
        "text: {tokenizers: {en: corenlp-en, de: de, fr: corenlp-fr}}",
        "translation:",
        "  source: en",
        "  targets: [de, fr]",
        "  train: {format: parallel, file: " + sample.resolve("train") + "}",
        "  dev: {format: parallel, file: " + sample.resolve("dev") + "}",
        "model: {embedding: 16, hidden: 24, cell: gru, dropout: 0.0}",
        "training: {batch_size: 32, max_steps: " + maxSteps + ", validate_every: 10, max_epochs: 100}",
        "decoding: {beam: 3, alpha: 0.6, max_length_ratio: 1.5, max_length_extra: 5}",
        "");
  }

  static synchronized Path translationRun() throws IOException {
    if (translationRun == null) {
      Path dir = Files.createTempDirectory("s2s-tiny-runs");
      Path yaml = dir.resolve("tiny.yaml");
      Files.writeString(yaml, translationConfig("tiny", 20));
      CliRun r = CliRun.run(new TrainCommand(), yaml.toString(), "--runs", dir.resolve("runs").toString());
      if (r.exitCode() != 0) {
        throw new IllegalStateException("tiny training failed: " + r.err());
      }
      translationRun = dir.resolve("runs/tiny");
    }
    return translationRun;
  }
}

package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Tiny multi-task experiments over the project's sample corpus (corpora/sample: en-de-fr parallel
 * text and a small English NER set), with absolute data paths, in a temporary directory.
 */
final class MultiTaskFixture {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  final Path root;
  final Path runs;

  MultiTaskFixture(Path root) {
    this.root = root;
    this.runs = root.resolve("runs");
  }

  static Path sample() {
    return Path.of("../..").toAbsolutePath().normalize().resolve("corpora/sample");
  }

  /**
   * The YAML of a small en->de,fr + NER model.
   *
   * @param training the inside of the training mapping, e.g. "max_steps: 30, validate_every: 15"
   */
  static String yaml(String name, long seed, String head, String training) {
    Path s = sample();
    return String.join("\n",
        "name: " + name,
        "seed: " + seed,
        "text: {tokenizers: {en: corenlp-en, de: de, fr: corenlp-fr}}",
        "translation:",
        "  source: en",
        "  targets: [de, fr]",
        "  train: {format: parallel, file: " + s.resolve("train") + "}",
        "  dev: {format: parallel, file: " + s.resolve("dev") + "}",
        "  test: {format: parallel, file: " + s.resolve("test") + "}",
        "tagging:",
        "  train: {format: conll, file: " + s.resolve("ner.train.conll") + ", scheme: iob2, columns: 2}",
        "  dev: {format: conll, file: " + s.resolve("ner.dev.conll") + ", scheme: iob2, columns: 2}",
        "  test: {format: conll, file: " + s.resolve("ner.test.conll") + ", scheme: iob2, columns: 2}",
        "  head: " + head,
        "model: {embedding: 16, hidden: 24, cell: gru, bidirectional: true, dropout: 0.1}",
        "training: {batch_size: 16, learning_rate: 0.003, clip: {mode: global_norm, value: 5.0},"
            + " early_stopping: {metric: bleu, patience: 100}, " + training + "}",
        "decoding: {beam: 2, alpha: 0.6, max_length_ratio: 1.5, max_length_extra: 5}",
        "");
  }

  ExperimentConfig config(String yaml) throws IOException {
    Files.createDirectories(root);
    Path file = root.resolve("exp-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ExperimentConfig.load(file, sample().getParent());
  }

  TrainingRun start(ExperimentConfig config) {
    return TrainingRun.start(runs, config, StartMode.FRESH, root, CLOCK);
  }
}

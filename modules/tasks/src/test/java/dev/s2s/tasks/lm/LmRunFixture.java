package dev.s2s.tasks.lm;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes tiny texts and an lm experiment into a temporary directory and trains it. */
final class LmRunFixture {
  final Path root;
  final Path runs;

  LmRunFixture(Path root) {
    this.root = root;
    this.runs = root.resolve("runs");
  }

  /** Writes {@code text} to {@code name} under the root; returns its path. */
  /** train.txt, dev.txt and test.txt as {@link #cycle} texts of the given numbers of lines. */
  void cycles(int trainLines, int devLines, int testLines) throws IOException {
    text("train.txt", cycle(trainLines));
    text("dev.txt", cycle(devLines));
    text("test.txt", cycle(testLines));
  }

  Path text(String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Writes the YAML and loads it (data files relative to the root). */
  ExperimentConfig config(String yaml) throws IOException {
    Path file = root.resolve("exp-" + System.nanoTime() + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return ExperimentConfig.load(file, root);
  }

  /** Trains {@code config} into runs/<name> and marks the run completed; returns its directory. */
  RunDirectory train(ExperimentConfig config, StartMode mode) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    try (TrainingRun run = TrainingRun.start(runs, config, mode, root, clock)) {
      new LmTaskTrainer().train(run, mode == StartMode.RESUME);
      run.complete();
      return run.directory();
    }
  }

  /** "a b c d e" repeated: a deterministic cycle an RNN can learn. */
  static String cycle(int lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append(i % 2 == 0 ? "a b c d e\n" : "a b c\n");
    }
    return b.toString();
  }

  /** A small RNN experiment over train.txt / dev.txt / test.txt. */
  static String rnnYaml(String name, String cell, String output, int classes, String extraTraining) {
    return "name: " + name + "\nseed: 3\n"
        + "vocab: {min_freq: 1, max_size: 100, classes: " + classes + "}\n"
        + "lm:\n  kind: rnn\n  bptt: 6\n"
        + "  train: {format: plain, file: train.txt}\n"
        + "  dev: {format: plain, file: dev.txt}\n"
        + "  test: {format: plain, file: test.txt}\n"
        + "model: {embedding: 8, hidden: 16, cell: " + cell + ", layers: 1, dropout: 0.0, output: " + output + "}\n"
        + "training:\n  batch_size: 4\n  max_epochs: 8\n  learning_rate: 0.03\n"
        + "  clip: {mode: global_norm, value: 5.0}\n  lr_decay: {factor: 0.5, patience: 1}\n"
        + "  early_stopping: {metric: perplexity, patience: 0}\n" + extraTraining;
  }
}

package dev.s2s.cli;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.tasks.lm.LmTaskTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Trains tiny language-model runs (n-gram and RNN) in a temporary directory for command tests. */
final class LmRunDirs {
  private LmRunDirs() {}

  /** "a b c d e" / "a b c" alternating lines. */
  static String cycle(int lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append(i % 2 == 0 ? "a b c d e\n" : "a b c\n");
    }
    return b.toString();
  }

  /** Writes train/dev/test texts into {@code root} and trains {@code lmSection} (+ extra sections) as runs/<name>. */
  static Path train(Path root, String name, String lmSection, String extra) throws IOException {
    Files.writeString(root.resolve("train.txt"), cycle(24), StandardCharsets.UTF_8);
    Files.writeString(root.resolve("dev.txt"), cycle(10), StandardCharsets.UTF_8);
    Files.writeString(root.resolve("test.txt"), cycle(4), StandardCharsets.UTF_8);
    Path yaml = root.resolve(name + ".yaml");
    Files.writeString(yaml, "name: " + name + "\nseed: 2\nlm:\n" + lmSection
        + "  train: {format: plain, file: train.txt}\n  dev: {format: plain, file: dev.txt}\n"
        + "  test: {format: plain, file: test.txt}\n" + extra, StandardCharsets.UTF_8);
    ExperimentConfig config = ExperimentConfig.load(yaml, root);
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    try (TrainingRun run = TrainingRun.start(root.resolve("runs"), config, StartMode.FRESH, root, clock)) {
      new LmTaskTrainer().train(run, false);
      run.complete();
      return run.directory().dir();
    }
  }

  /** An add-one unigram run. */
  static Path ngram(Path root) throws IOException {
    return train(root, "uni", "  kind: ngram\n  order: 1\n  smoothing: add-k\n", "");
  }

  /** A tiny tanh RNN run (a few updates). */
  static Path rnn(Path root, String name, String cell) throws IOException {
    return train(root, name, "  kind: rnn\n  bptt: 6\n",
        "vocab: {max_size: 50}\nmodel: {embedding: 8, hidden: 12, cell: " + cell + ", layers: 1, dropout: 0.0}\n"
            + "training: {batch_size: 4, max_epochs: 2, learning_rate: 0.01}\n");
  }
}

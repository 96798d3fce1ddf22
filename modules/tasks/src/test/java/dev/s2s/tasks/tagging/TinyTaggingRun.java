package dev.s2s.tasks.tagging;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A tiny tagger trained once per test JVM on the project's NER sample (corpora/sample, 300
 * training sentences): 8-dimensional words, 8 GRU units per direction, 3 epochs; a few seconds.
 */
final class TinyTaggingRun {
  private static Path runsBase;

  private TinyTaggingRun() {}

  /** corpora/sample of the project (tests run in modules/tasks). */
  static Path sample() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path s = p.resolve("corpora/sample");
      if (Files.isRegularFile(s.resolve("ner.train.conll"))) {
        return s;
      }
    }
    throw new IllegalStateException("corpora/sample not found above " + Path.of("").toAbsolutePath());
  }

  /** The YAML of a tiny tagging experiment {@code name}; {@code training} is the training section's body. */
  static String yaml(String name, String training) {
    Path s = sample();
    return "name: " + name + "\nseed: 5\n"
        + "tagging:\n"
        + "  train: {format: conll, file: " + s.resolve("ner.train.conll") + ", columns: 2}\n"
        + "  dev: {format: conll, file: " + s.resolve("ner.dev.conll") + ", columns: 2}\n"
        + "  test: {format: conll, file: " + s.resolve("ner.test.conll") + ", columns: 2}\n"
        + "  head: crf\n"
        + "model: {embedding: 8, hidden: 8, cell: gru, bidirectional: true, dropout: 0.0}\n"
        + "training: {" + training + "}\n";
  }

  /** Trains {@code yaml} under {@code base} (mode FRESH, or RESUME); returns the run directory. */
  static Path train(Path base, String yaml, boolean resume) {
    try {
      Path file = Files.createDirectories(base).resolve("experiment-" + System.nanoTime() + ".yaml");
      Files.writeString(file, yaml);
      ExperimentConfig config = ExperimentConfig.load(file, base);
      try (TrainingRun run = TrainingRun.start(base.resolve("runs"), config, resume ? StartMode.RESUME : StartMode.FRESH)) {
        new TaggingTaskTrainer(new PrintStream(PrintStream.nullOutputStream())).train(run, resume);
        run.complete();
        return run.directory().dir();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared tiny run (trained on first use). */
  static synchronized Path get() {
    if (runsBase == null) {
      try {
        runsBase = Files.createTempDirectory("s2s-tagging-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(runsBase)));
      train(runsBase, yaml("tiny", "batch_size: 32, max_epochs: 3, learning_rate: 0.02, keep_checkpoints: 2"), false);
    }
    return runsBase.resolve("runs/tiny");
  }

  static void delete(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // temporary files
    }
  }
}

package dev.s2s.experiment.run;

import dev.s2s.experiment.config.ExperimentConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** An lm-only experiment whose one corpus file holds "hello\n", in a temporary directory. */
final class RunFixture {
  final Path root;
  final Path runs;
  final Path corpus;
  final ExperimentConfig config;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  RunFixture(Path root) throws IOException {
    this.root = root;
    this.runs = root.resolve("runs");
    this.corpus = Files.createDirectories(root.resolve("corpora")).resolve("lm.txt");
    Files.writeString(corpus, "hello\n", StandardCharsets.UTF_8);
    Path yaml = root.resolve("exp.yaml");
    Files.writeString(yaml, "name: tiny\nseed: 7\nlm: {train: {format: plain, file: corpora/lm.txt}}\n");
    this.config = ExperimentConfig.load(yaml, root);
  }

  /** The same config under another name. */
  ExperimentConfig named(String name) {
    ExperimentConfig c = config;
    return new ExperimentConfig(name, c.seed(), c.text(), c.vocab(), c.translation(), c.tagging(), c.lm(),
        c.model(), c.training(), c.decoding());
  }

  TrainingRun start(StartMode mode) {
    return TrainingRun.start(runs, config, mode, root, clock);
  }
}

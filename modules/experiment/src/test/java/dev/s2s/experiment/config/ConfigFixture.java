package dev.s2s.experiment.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * A small experiment layout in a temporary directory: {@code configs/<name>.yaml}, data files under
 * {@code corpora/sample/} (referenced with {@code file:}) and {@code shared/corpora/ptb/} (the
 * corpora root, referenced with {@code corpus:}).
 */
final class ConfigFixture {
  /**
   * The sample config; line numbers matter to the tests (line 22 is "  hidden: 256", line 23
   * "  cell: gru", line 11 the translation train spec).
   */
  static final String SAMPLE =
      """
      name: sample-multitask
      seed: 13
      text:
        lowercase: false
        tokenizers: {en: corenlp-en, de: de, fr: corenlp-fr}
      vocab: {min_freq: 1, max_size: 30000, shared: false, classes: 0}
      translation:
        source: en
        targets: [de, fr]
        weights: {de: 1.0, fr: 1.0}
        train: {format: parallel, file: ../corpora/sample/train}
        dev:   {format: parallel, file: ../corpora/sample/dev}
      tagging:
        train: {format: conll, file: ../corpora/sample/ner.train.conll, scheme: iob2, columns: 2}
        head: crf
      lm:
        kind: rnn
        train: {format: plain, corpus: ptb/ptb.train.txt}
        bptt: 35
      model:
        embedding: 128
        hidden: 256
        cell: gru
      training:
        batch_size: 64
        clip: {mode: global_norm, value: 5.0}
        early_stopping: {metric: bleu, patience: 3}
      decoding: {beam: 5, alpha: 0.6, max_length_ratio: 1.5, max_length_extra: 10}
      """;

  final Path root;
  final Path configs;
  final Path corporaRoot;

  ConfigFixture(Path root) throws IOException {
    this.root = root;
    this.configs = Files.createDirectories(root.resolve("configs"));
    this.corporaRoot = Files.createDirectories(root.resolve("shared/corpora"));
    Path sample = Files.createDirectories(root.resolve("corpora/sample"));
    for (String split : new String[] {"train", "dev"}) {
      write(sample.resolve(split + ".en"), "a house\n");
      write(sample.resolve(split + ".de"), "ein Haus\n");
      gzip(sample.resolve(split + ".fr.gz"), "une maison\n");
    }
    write(sample.resolve("ner.train.conll"), "EU B-ORG\nrejects O\n\n");
    write(Files.createDirectories(corporaRoot.resolve("ptb")).resolve("ptb.train.txt"), "hello\n");
  }

  /** Writes {@code yaml} as configs/{@code fileName} and returns its path. */
  Path config(String fileName, String yaml) throws IOException {
    return write(configs.resolve(fileName), yaml);
  }

  /** The sample with {@code from} (which must occur) replaced by {@code to}. */
  static String sampleWith(String from, String to) {
    if (!SAMPLE.contains(from)) {
      throw new IllegalArgumentException("not in the sample: " + from);
    }
    return SAMPLE.replace(from, to);
  }

  ExperimentConfig load(Path yaml) {
    return ExperimentConfig.load(yaml, corporaRoot);
  }

  static Path write(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  static void gzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}

package dev.s2s.tasks.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A project tree in a temporary directory: corpora root {@code corpora/}, suites in {@code eval/},
 * experiment configs in {@code configs/}, run directories in {@code runs/}.
 */
final class SuiteFixture {
  /** Source side: 6 + 3 = 9 whitespace tokens. */
  static final String EN = "A cat sits on a mat.\nA dog barks.\n";
  /** German reference; its sha256 (sha256sum of exactly these bytes) is {@link #DE_SHA256}. */
  static final String DE = "the cat sat on a mat\nthe dog barks loudly\n";
  static final String DE_SHA256 = "b156cbf450794e8f8b6c9fa341fc326a09dd1955b5a4d977448385eb8f85d066";
  static final String FR = "le chat est assis\nun chien aboie\n";
  /** Hypothesis of BleuCommandTest's hand derivation against {@link #DE}. */
  static final List<String> HYP = List.of("the cat sat on the mat", "a dog barks");
  /** 2-column IOB2: 7 tokens, chunks PER (John Smith), LOC (Paris), PER (Mary). */
  static final String CONLL = "John B-PER\nSmith I-PER\nvisits O\nParis B-LOC\n. O\n\nMary B-PER\nsleeps O\n";
  static final List<List<String>> GOLD =
      List.of(List.of("B-PER", "I-PER", "O", "B-LOC", "O"), List.of("B-PER", "O"));
  /** 5 words in 2 lines: 7 predicted tokens. */
  static final String LM_TEXT = "a b c\nd e\n";

  final Path root;

  SuiteFixture(Path root) {
    this.root = root;
    write("corpora/mt/test.en", EN);
    write("corpora/mt/test.de", DE);
    write("corpora/mt/test.fr", FR);
    write("eval/data/ner.test.conll", CONLL);
    write("corpora/lm/test.txt", LM_TEXT);
  }

  Path corpora() {
    return root.resolve("corpora");
  }

  Path runs() {
    return root.resolve("runs");
  }

  Path results() {
    return root.resolve("eval/results");
  }

  /** Writes {@code text} at {@code relative} (directories created); returns the path. */
  Path write(String relative, String text) {
    Path p = root.resolve(relative);
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** configs/NAME.yaml, a translation experiment named exp-NAME from en into {@code targets}. */
  Path config(String name, String targets) {
    return write("configs/" + name + ".yaml", "name: exp-" + name + "\ntranslation:\n  source: en\n"
        + "  targets: [" + targets + "]\n  train: {format: parallel, file: data/train}\n");
  }

  /** A completed run directory runs/NAME with a manifest whose config hash is {@code hash}. */
  Path completedRun(String name, String hash) {
    write("runs/" + name + "/STATUS", "COMPLETED\n");
    write("runs/" + name + "/manifest.json", "{\"name\": \"" + name + "\", \"config_hash\": \"" + hash + "\"}\n");
    return runs().resolve(name);
  }

  /** eval/NAME.yaml. */
  Path suite(String name, String yaml) {
    return write("eval/" + name + ".yaml", yaml);
  }

  SuiteDefinition load(Path suite) {
    return SuiteDefinition.load(suite, corpora());
  }

  /** A runner whose clock reads 2026-11-27T12:00:00Z and whose timer advances 0.5 s per reading. */
  SuiteRunner runner(FakeSystems systems, boolean allowMissing, List<String> only) {
    return new SuiteRunner(systems, new SuiteOptions(runs(), allowMissing, only),
        Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC), halfSecondTicks());
  }

  /** A runner whose systems are timed by {@code nanoTime}. */
  SuiteRunner runner(FakeSystems systems, LongSupplier nanoTime) {
    return new SuiteRunner(systems, new SuiteOptions(runs(), false, List.of()),
        Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC), nanoTime);
  }

  static LongSupplier halfSecondTicks() {
    long[] t = {0};
    return () -> {
      long now = t[0];
      t[0] += 500_000_000L;
      return now;
    };
  }

  static final String TRANSLATION_SUITE = """
      # two test sets, three models
      suite: mt-test
      task: translation
      metrics: [bleu, chrf]
      testsets:
        - {name: t-en-de, format: parallel, corpus: mt/test, source: en, target: de}
        - {name: t-en-fr, format: parallel, corpus: mt/test, source: en, target: fr}
      models:
        - {name: echo, config: ../configs/echo.yaml}
        - {name: fixed, run: ../runs/fixed-run}
      """;
}

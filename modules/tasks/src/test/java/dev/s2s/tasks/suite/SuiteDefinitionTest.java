package dev.s2s.tasks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.TagScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteDefinitionTest {
  @TempDir Path dir;

  @Test
  void resolvesFilesAgainstTheSuiteAndCorporaAgainstTheRoot() {
    SuiteFixture f = new SuiteFixture(dir);
    f.config("echo", "de");
    SuiteDefinition s = f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE));
    assertEquals("mt-test", s.suite());
    assertEquals(SuiteTask.TRANSLATION, s.task());
    assertEquals(List.of(SuiteMetric.BLEU, SuiteMetric.CHRF), s.metrics());
    assertEquals(SuiteMetric.BLEU, s.mainMetric());
    assertEquals(f.corpora().resolve("mt/test"), s.testsets().get(0).path());
    assertEquals(List.of(f.corpora().resolve("mt/test.en"), f.corpora().resolve("mt/test.fr")),
        s.testsets().get(1).files());
    assertEquals(dir.resolve("configs/echo.yaml"), s.models().get(0).config());
    assertEquals(dir.resolve("runs/fixed-run"), s.models().get(1).run());
    assertEquals(dir.resolve("eval/mt.yaml"), s.file());
  }

  @Test
  void conllDefaultsAreIob2AndFourColumns() {
    SuiteFixture f = new SuiteFixture(dir);
    f.write("eval/data/four.conll", "John NNP B-NP B-PER\n");
    SuiteDefinition s = f.load(f.suite("ner", """
        suite: ner
        task: tagging
        metrics: [f1]
        testsets: [{name: four, format: conll, file: data/four.conll}]
        models: [{name: m, run: ../runs/m}]
        """));
    assertEquals(TagScheme.IOB2, s.testsets().get(0).scheme());
    assertEquals(4, s.testsets().get(0).columns());
    assertNull(s.testsets().get(0).source());
  }

  @Test
  void unknownKeyNamesFileLineKeyPathAndValidKeys() {
    SuiteFixture f = new SuiteFixture(dir);
    Path suite = f.suite("bad", """
        suite: bad
        task: translation
        metrics: [bleu]
        testsets:
          - {name: a, format: parallel, corpus: mt/test, source: en, target: de}
          - name: b
            format: parallel
            corpus: mt/test
            sorce: en
            target: fr
        models: [{name: m, run: ../runs/m}]
        """);
    UserException e = assertThrows(UserException.class, () -> f.load(suite));
    assertTrue(e.getMessage().startsWith(suite + ":9:"), e.getMessage());
    assertTrue(e.getMessage().contains("testsets[1].sorce: unknown key 'sorce' (value 'en'); valid keys in "
        + "'testsets[1]': columns, corpus, file, format, name, scheme, source, target"), e.getMessage());
  }

  @Test
  void unknownTopLevelKeyAndBadEnumValueNameTheirLines() {
    SuiteFixture f = new SuiteFixture(dir);
    Path top = f.suite("top", "suite: x\ntask: lm\nmetric: [perplexity]\n");
    UserException e = assertThrows(UserException.class, () -> f.load(top));
    assertTrue(e.getMessage().startsWith(top + ":3:1: metric: unknown key 'metric'"), e.getMessage());
    assertTrue(e.getMessage().contains("valid keys at the top level: metrics, models, suite, task, testsets"),
        e.getMessage());

    Path task = f.suite("task", "suite: x\ntask: parsing\n");
    e = assertThrows(UserException.class, () -> f.load(task));
    assertTrue(e.getMessage().startsWith(task + ":2:"), e.getMessage());
    assertTrue(e.getMessage().contains("task: invalid value 'parsing'; expected one of: translation, tagging, lm"),
        e.getMessage());
  }

  @Test
  void metricOfAnotherTaskIsRejectedWithTheTasksChoices() {
    SuiteFixture f = new SuiteFixture(dir);
    Path suite = f.suite("m", """
        suite: m
        task: tagging
        metrics: [f1, bleu]
        testsets: [{name: t, format: conll, file: data/ner.test.conll, columns: 2}]
        models: [{name: m, run: ../runs/m}]
        """);
    UserException e = assertThrows(UserException.class, () -> f.load(suite));
    assertTrue(e.getMessage().startsWith(suite + ":3:"), e.getMessage());
    assertTrue(e.getMessage().contains("metrics[1]: invalid value 'bleu'; expected one of: f1 (metrics of task 'tagging')"),
        e.getMessage());
  }

  @Test
  void parallelTestSetWithoutTargetNamesTheKey() {
    SuiteFixture f = new SuiteFixture(dir);
    Path suite = f.suite("t", """
        suite: t
        task: translation
        metrics: [bleu]
        testsets:
          - {name: a, format: parallel, corpus: mt/test, source: en}
        models: [{name: m, run: ../runs/m}]
        """);
    UserException e = assertThrows(UserException.class, () -> f.load(suite));
    assertTrue(e.getMessage().startsWith(suite + ":5:"), e.getMessage());
    assertTrue(e.getMessage().contains("testsets[0].target: missing required key; expected a language code"),
        e.getMessage());
  }

  @Test
  void missingTestFileNamesKeyValueAndRoot() {
    SuiteFixture f = new SuiteFixture(dir);
    Path suite = f.suite("t", """
        suite: t
        task: lm
        metrics: [perplexity]
        testsets:
          - {name: a, format: plain, corpus: lm/test.txt}
          - {name: b, format: plain, corpus: lm/nope.txt}
        models: [{name: m, run: ../runs/m}]
        """);
    UserException e = assertThrows(UserException.class, () -> f.load(suite));
    assertTrue(e.getMessage().startsWith(suite + ":6:"), e.getMessage());
    assertTrue(e.getMessage().contains("testsets[1].corpus: file not found 'lm/nope.txt'; expected an existing "
        + "file relative to the corpora root " + f.corpora()), e.getMessage());
  }

  @Test
  void duplicateModelNameAndBothConfigAndRunAreRejected() {
    SuiteFixture f = new SuiteFixture(dir);
    f.config("a", "de");
    String head = "suite: t\ntask: lm\nmetrics: [perplexity]\ntestsets: [{name: a, format: plain, corpus: lm/test.txt}]\n";
    Path dup = f.suite("dup", head + "models:\n  - {name: m, run: ../runs/m}\n  - {name: m, run: ../runs/n}\n");
    UserException e = assertThrows(UserException.class, () -> f.load(dup));
    assertTrue(e.getMessage().startsWith(dup + ":7:"), e.getMessage());
    assertTrue(e.getMessage().contains("models[1].name: invalid value 'm'; expected a name not used by another model"),
        e.getMessage());

    Path both = f.suite("both", head + "models:\n  - {name: m, run: ../runs/m, config: ../configs/a.yaml}\n");
    e = assertThrows(UserException.class, () -> f.load(both));
    assertTrue(e.getMessage().startsWith(both + ":6:"), e.getMessage());
    assertTrue(e.getMessage().contains("models[0].run: invalid value '../runs/m'; expected exactly one of 'config'"),
        e.getMessage());
  }

  @Test
  void crfModelOutsideATaggingSuiteIsRejected() {
    SuiteFixture f = new SuiteFixture(dir);
    Path lm = f.suite("lm", "suite: t\ntask: lm\nmetrics: [perplexity]\n"
        + "testsets: [{name: a, format: plain, corpus: lm/test.txt}]\n"
        + "models:\n  - {name: m, run: ../runs/m}\n  - {name: crf, crf_model: crf.ser.gz}\n");
    UserException e = assertThrows(UserException.class, () -> f.load(lm));
    assertTrue(e.getMessage().startsWith(lm + ":7:"), e.getMessage());
    assertTrue(e.getMessage().contains("models[1].crf_model: invalid value 'crf.ser.gz'; expected 'config' or 'run'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("this suite's task is 'lm'"), e.getMessage());
  }

  @Test
  void seedsNeedAConfigModelOfATaggingSuiteAndDistinctValues() {
    SuiteFixture f = new SuiteFixture(dir);
    f.config("a", "de");
    String tagging = "suite: t\ntask: tagging\nmetrics: [f1]\n"
        + "testsets: [{name: a, format: conll, file: data/ner.test.conll, columns: 2}]\nmodels:\n";
    Path run = f.suite("run", tagging + "  - {name: m, run: ../runs/m, seeds: [1, 2]}\n");
    UserException e = assertThrows(UserException.class, () -> f.load(run));
    assertTrue(e.getMessage().startsWith(run + ":6:") && e.getMessage().contains(
        "models[0].seeds: invalid value '[1, 2]'; expected no seeds: they name the runs of a 'config' model"), e.getMessage());
    Path twice = f.suite("twice", tagging + "  - {name: m, config: ../configs/a.yaml, seeds: [1, 1]}\n");
    e = assertThrows(UserException.class, () -> f.load(twice));
    assertTrue(e.getMessage().contains("models[0].seeds: invalid value '[1, 1]'; expected a non-empty list of distinct seeds"),
        e.getMessage());
    Path lm = f.suite("lm", "suite: t\ntask: lm\nmetrics: [perplexity]\n"
        + "testsets: [{name: a, format: plain, corpus: lm/test.txt}]\n"
        + "models:\n  - {name: m, config: ../configs/a.yaml, seeds: [1, 2]}\n");
    e = assertThrows(UserException.class, () -> f.load(lm));
    assertTrue(e.getMessage().contains("models[0].seeds: invalid value '[1, 2]'; expected no seeds: ensembles of several"
        + " runs are scored in tagging suites, and this suite's task is 'lm'"), e.getMessage());
  }

  @Test
  void wrongTypeAndTestSetFormatOfAnotherTask() {
    SuiteFixture f = new SuiteFixture(dir);
    Path type = f.suite("type", "suite: t\ntask: lm\nmetrics: perplexity\n");
    UserException e = assertThrows(UserException.class, () -> f.load(type));
    assertTrue(e.getMessage().startsWith(type + ":3:"), e.getMessage());
    assertTrue(e.getMessage().contains("metrics: wrong type, got 'perplexity'; expected a list"), e.getMessage());

    Path format = f.suite("format", """
        suite: t
        task: lm
        metrics: [perplexity]
        testsets: [{name: a, format: conll, file: data/ner.test.conll, columns: 2}]
        models: [{name: m, run: ../runs/m}]
        """);
    e = assertThrows(UserException.class, () -> f.load(format));
    assertTrue(e.getMessage().startsWith(format + ":4:"), e.getMessage());
    assertTrue(e.getMessage().contains("testsets[0].format: invalid value 'conll'; expected format 'plain'"),
        e.getMessage());
  }

  /** The project's own suites load against the shared corpora. */
  @Test
  void projectSuitesLoad() {
    Path corpora = Path.of(System.getProperty("s2s.shared", "/work/shared"), "corpora");
    Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("multi30k")), "skipped: " + corpora + " absent");
    Path eval = Path.of("../../eval").toAbsolutePath().normalize();
    SuiteDefinition mt = SuiteDefinition.load(eval.resolve("translation-multi30k.yaml"), corpora);
    assertEquals(2, mt.testsets().size());
    assertEquals(5, mt.models().size());
    SuiteDefinition ner = SuiteDefinition.load(eval.resolve("tagging-conll2003.yaml"), corpora);
    assertEquals(SuiteMetric.F1, ner.mainMetric());
    SuiteDefinition lm = SuiteDefinition.load(eval.resolve("lm-ptb.yaml"), corpora);
    assertEquals(7, lm.models().size());
  }
}

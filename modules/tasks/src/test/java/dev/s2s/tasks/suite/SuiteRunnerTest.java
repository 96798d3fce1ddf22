package dev.s2s.tasks.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TagConsistency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteRunnerTest {
  private static final String NER_SUITE = """
      suite: ner-test
      task: tagging
      metrics: [f1]
      testsets:
        - {name: ner.test, format: conll, file: data/ner.test.conll, scheme: iob2, columns: 2}
      models:
        - {name: gold, run: ../runs/gold}
      """;

  @TempDir Path dir;

  private FakeSystems translationSystems(SuiteFixture f) {
    f.config("echo", "de, fr");
    f.completedRun("exp-echo", "hash-echo");
    f.completedRun("fixed-run", "hash-fixed");
    return new FakeSystems()
        .translator(f.runs().resolve("exp-echo"), FakeSystems.fixedTranslator("en", Map.of(
            "de", List.of(SuiteFixture.DE.split("\n")), "fr", List.of(SuiteFixture.FR.split("\n")))))
        .translator(f.runs().resolve("fixed-run"),
            FakeSystems.fixedTranslator("en", Map.of("de", SuiteFixture.HYP)));
  }

  @Test
  void translationScoresEveryModelOnTheTargetsItHas() {
    SuiteFixture f = new SuiteFixture(dir);
    FakeSystems systems = translationSystems(f);
    SuiteResults r = f.runner(systems, false, List.of())
        .run(f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE)));

    assertEquals(3, r.rows().size(), r.rows().toString());
    ResultRow echoDe = r.rows().get(0);
    assertEquals("echo", echoDe.model());
    assertEquals("t-en-de", echoDe.testSet());
    // hypotheses identical to the references: every n-gram precision 1, BP 1
    assertEquals(100.0, echoDe.metrics().get(SuiteMetric.BLEU), 1e-9);
    assertEquals(100.0, echoDe.metrics().get(SuiteMetric.CHRF), 1e-9);
    assertEquals(100.0, r.rows().get(1).metrics().get(SuiteMetric.BLEU), 1e-9);
    ResultRow fixedDe = r.rows().get(2);
    assertEquals("fixed", fixedDe.model());
    // BleuCommandTest's hand derivation: counts 7,4,2,1 of totals 9,7,5,3, hyp 9 / ref 10 tokens
    double bleu = 100 * Math.exp(1 - 10.0 / 9) * Math.pow(56.0 / 945, 0.25);
    assertEquals(bleu, fixedDe.metrics().get(SuiteMetric.BLEU), 1e-9);
    // timer: 0.5 s between the two readings around each translate call; 6 + 3 source tokens
    assertEquals(0.5, fixedDe.wallSeconds(), 1e-12);
    assertEquals(9, fixedDe.tokens());
    assertEquals(18.0, fixedDe.tokensPerSecond(), 1e-9);
    assertEquals("the cat sat on the mat\na dog barks\n", fixedDe.hypotheses());

    assertEquals(1, r.notes().size(), r.notes().toString());
    assertTrue(r.notes().get(0).startsWith("fixed: not scored on t-en-fr: it has no decoder for 'fr'"),
        r.notes().get(0));
    assertEquals("hash-echo", r.models().get(0).configHash());
    assertEquals(f.runs().resolve("exp-echo"), r.models().get(0).runDirectory());
  }

  @Test
  void aConfigModelDecodesWithItsConfigsDecodingAndARunModelWithItsOwn() {
    SuiteFixture f = new SuiteFixture(dir);
    FakeSystems systems = translationSystems(f);
    // the config as it is now: a length penalty chosen after the run was trained
    Path config = f.config("echo", "de, fr");
    f.write("configs/echo.yaml", readString(config) + "decoding: {beam: 3, alpha: 1.5}\n");
    SuiteResults r = f.runner(systems, false, List.of()).run(f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE)));
    DecodingConfig expected = new DecodingConfig(3, 1.5, DecodingConfig.DEFAULTS.maxLengthRatio(),
        DecodingConfig.DEFAULTS.maxLengthExtra());
    assertEquals(expected, systems.decodings.get(f.runs().resolve("exp-echo").toAbsolutePath().normalize()));
    assertNull(systems.decodings.get(f.runs().resolve("fixed-run").toAbsolutePath().normalize()));
    assertEquals(expected, r.models().get(0).decoding());
    assertNull(r.models().get(1).decoding());
  }

  @Test
  void taggerReturningGoldHasF1OfHundredAndAMissedSpanLowersRecall() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    f.completedRun("partial", "h2");
    // partial misses the LOC chunk: found 2, correct 2, gold 3 -> P = 100, R = 200/3,
    // F1 = 2 * 100 * (200/3) / (100 + 200/3) = 80; PER: 2/2/2 -> 100; LOC: gold 1, found 0 -> 0
    List<List<String>> partial = List.of(List.of("B-PER", "I-PER", "O", "O", "O"), List.of("B-PER", "O"));
    FakeSystems systems = new FakeSystems()
        .tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD))
        .tagger(f.runs().resolve("partial"), FakeSystems.fixedTagger(partial));
    Path suite = f.suite("ner", NER_SUITE + "  - {name: partial, run: ../runs/partial}\n");
    SuiteResults r = f.runner(systems, false, List.of()).run(f.load(suite));

    assertEquals(100.0, r.rows().get(0).metrics().get(SuiteMetric.F1), 1e-9);
    ResultRow p = r.rows().get(1);
    assertEquals(80.0, p.metrics().get(SuiteMetric.F1), 1e-9);
    assertEquals(7, p.tokens());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byType = (Map<String, Map<String, Object>>) p.details().get("by_type");
    assertEquals(100.0, (Double) byType.get("PER").get("f1"), 1e-9);
    assertEquals(0.0, (Double) byType.get("LOC").get("f1"), 1e-9);
    assertEquals("John B-PER B-PER\nSmith I-PER I-PER\nvisits O O\nParis B-LOC O\n. O O\n\n"
        + "Mary B-PER B-PER\nsleeps O O\n\n", p.hypotheses());
  }

  @Test
  void languageModelPerplexityOfAUniformModelIsOneOverP() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("uni", "h");
    FakeSystems systems = new FakeSystems().lm(f.runs().resolve("uni"), FakeSystems.uniformLm(0.25));
    Path suite = f.suite("lm", """
        suite: lm-test
        task: lm
        metrics: [perplexity]
        testsets: [{name: lm.test, format: plain, corpus: lm/test.txt}]
        models: [{name: uni, run: ../runs/uni}]
        """);
    ResultRow row = f.runner(systems, false, List.of()).run(f.load(suite)).rows().get(0);
    // every token has p = 1/4: NLL = 7 ln 4 over 5 words + 2 sentence ends, PPL = exp(ln 4) = 4
    assertEquals(4.0, row.metrics().get(SuiteMetric.PERPLEXITY), 1e-9);
    assertEquals(7, row.tokens());
    assertEquals(7 * Math.log(4), (Double) row.details().get("nll_nats"), 1e-9);
    assertEquals(2.0, (Double) row.details().get("bits_per_token"), 1e-12);
    assertNull(row.hypotheses());
  }

  @Test
  void taggingIsTimedAsTheMedianOfFivePassesAfterFiveSecondsOfUntimedOnes() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    // each pass advances the clock by its own duration: untimed passes until 5 s (2.0 + 2.0 + 1.5),
    // then five timed ones
    double[] passSeconds = {2.0, 2.0, 1.5, 0.9, 0.3, 0.5, 0.7, 0.1};
    long[] now = {0};
    int[] calls = {0};
    FakeSystems systems = new FakeSystems().tagger(f.runs().resolve("gold"), sentences -> {
      now[0] += (long) (passSeconds[calls[0]++] * 1e9);
      return SuiteFixture.GOLD;
    });
    SuiteResults r = f.runner(systems, () -> now[0]).run(f.load(f.suite("ner", NER_SUITE)));

    assertEquals(8, calls[0]);
    assertEquals(0.5, r.rows().get(0).wallSeconds(), 1e-9); // median of 0.9, 0.3, 0.5, 0.7, 0.1
    assertEquals(100.0, r.rows().get(0).metrics().get(SuiteMetric.F1), 1e-9);
  }

  @Test
  void crfBaselineIsScoredBesideTheRunsFromItsFileUnderTheRunsBase() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    Path crfFile = f.write("runs/baselines/crf.ser.gz", "not read by the fake systems");
    // the CRF misses "John Smith" (PER): found 2 (Paris LOC, Mary PER), correct 2, gold 3 ->
    // P = 100, R = 200/3, F1 = 2 * 100 * (200/3) / (100 + 200/3) = 80
    List<List<String>> crfTags = List.of(List.of("O", "O", "O", "B-LOC", "O"), List.of("B-PER", "O"));
    FakeSystems systems = new FakeSystems()
        .tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD))
        .crfTagger(crfFile, FakeSystems.fixedTagger(crfTags));
    Path suite = f.suite("ner", NER_SUITE + "  - {name: corenlp-crf, crf_model: baselines/crf.ser.gz}\n");
    SuiteResults r = f.runner(systems, false, List.of()).run(f.load(suite));

    assertEquals(List.of("gold", "corenlp-crf"), r.rows().stream().map(ResultRow::model).toList());
    assertEquals(100.0, r.rows().get(0).metrics().get(SuiteMetric.F1), 1e-9);
    assertEquals(80.0, r.rows().get(1).metrics().get(SuiteMetric.F1), 1e-9);
    assertEquals(0.5, r.rows().get(1).wallSeconds(), 1e-12);
    ModelInfo crf = r.models().get(1);
    assertEquals(crfFile.toAbsolutePath().normalize(), crf.crfModel());
    assertNull(crf.runDirectory());
    assertTrue(r.inputs().stream().anyMatch(i -> i.role().equals("crf_model corenlp-crf")
        && i.path().equals(crfFile.toAbsolutePath().normalize())), r.inputs().toString());
  }

  @Test
  void aConfigModelTagsWithItsConfigsConsistencyAndARunModelWithItsRunsOwn() {
    SuiteFixture f = new SuiteFixture(dir);
    // gold: two ORG mentions in the first document, none in the second
    f.write("eval/data/docs.conll", "-DOCSTART- O\n\nAjax B-ORG\nwon O\n\nAjax B-ORG\nlost O\n\n"
        + "-DOCSTART- O\n\nAjax O\nlost O\n");
    f.write("configs/ner.yaml", "name: exp-ner\nseed: 1\ntagging:\n  train: {format: conll, file: data/docs.conll,"
        + " columns: 2}\ndecoding: {consistency: document}\n");
    Path run = f.completedRun("exp-ner", "h1");
    // the model finds the first mention only; made consistent per document, it finds both and no third
    FakeSystems systems = new FakeSystems().tagger(run, FakeSystems.fixedTagger(
        List.of(List.of("B-ORG", "O"), List.of("O", "O"), List.of("O", "O"))));
    Path suite = f.suite("ner", """
        suite: docs
        task: tagging
        metrics: [f1]
        testsets:
          - {name: docs, format: conll, file: data/docs.conll, scheme: iob2, columns: 2}
        models:
          - {name: config, config: ../configs/ner.yaml}
          - {name: run, run: ../runs/exp-ner}
        """);
    SuiteResults r = f.runner(systems, false, List.of()).run(f.load(suite));

    // with consistency: found 2, correct 2, gold 2 -> 100 (80 if it crossed into the second document);
    // the run model takes its run's decoding, the defaults here: found 1, correct 1 -> P 100, R 50, F1 200/3
    assertEquals(100.0, r.rows().get(0).metrics().get(SuiteMetric.F1), 1e-9);
    assertEquals(200.0 / 3, r.rows().get(1).metrics().get(SuiteMetric.F1), 1e-9);
    assertEquals(TagConsistency.DOCUMENT, r.models().get(0).decoding().consistency());
    assertNull(r.models().get(1).decoding());
  }

  @Test
  void seedsMakeOneModelOfTheConfigsRunsWithThoseSeeds() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    f.write("configs/ner.yaml", "name: exp-ner\nseed: 1\ntagging:\n  train: {format: conll, file: data/ner.test.conll, columns: 2}\n");
    // seed 1 is the config's own: its run is exp-ner; seed 2's is exp-ner-seed2 (s2s train --seed 2)
    List<Path> members = List.of(f.completedRun("exp-ner", "h2"), f.completedRun("exp-ner-seed2", "h3"));
    FakeSystems systems = new FakeSystems()
        .tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD))
        .ensemble(members, FakeSystems.fixedTagger(SuiteFixture.GOLD));
    Path suite = f.suite("ner", NER_SUITE + "  - {name: ensemble, config: ../configs/ner.yaml, seeds: [1, 2]}\n");
    SuiteResults r = f.runner(systems, false, List.of()).run(f.load(suite));

    assertEquals(List.of("gold", "ensemble"), r.rows().stream().map(ResultRow::model).toList());
    assertEquals(100.0, r.rows().get(1).metrics().get(SuiteMetric.F1), 1e-9);
    List<Path> resolved = members.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    assertEquals(resolved, r.models().get(1).ensembleRuns());
    assertEquals(resolved.get(0), r.models().get(1).runDirectory());
    assertNull(r.models().get(0).ensembleRuns());
  }

  @Test
  void aMissingEnsembleRunFailsNamingItAndTheSeedOption() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    f.write("configs/ner.yaml", "name: exp-ner\nseed: 1\ntagging:\n  train: {format: conll, file: data/ner.test.conll, columns: 2}\n");
    f.completedRun("exp-ner", "h2");
    FakeSystems systems = new FakeSystems().tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD));
    SuiteDefinition suite = f.load(
        f.suite("ner", NER_SUITE + "  - {name: ensemble, config: ../configs/ner.yaml, seeds: [1, 3]}\n"));
    UserException e = assertThrows(UserException.class, () -> f.runner(systems, false, List.of()).run(suite));
    Path missing = f.runs().resolve("exp-ner-seed3").toAbsolutePath().normalize();
    assertTrue(e.getMessage().contains("model 'ensemble' (ensemble of the run directories [") && e.getMessage().contains(
        "run directory " + missing + " not found"), e.getMessage());
    assertTrue(e.getMessage().contains("configs/ner.yaml --runs " + f.runs() + " --seed N, for each N of [1, 3]"),
        e.getMessage());
  }

  @Test
  void missingCrfModelFailsNamingTheFileAndTheTrainCommand() {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h1");
    FakeSystems systems = new FakeSystems().tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD));
    SuiteDefinition suite = f.load(f.suite("ner", NER_SUITE + "  - {name: corenlp-crf, crf_model: crf.ser.gz}\n"));
    UserException e = assertThrows(UserException.class, () -> f.runner(systems, false, List.of()).run(suite));
    Path file = f.runs().resolve("crf.ser.gz").toAbsolutePath().normalize();
    assertTrue(e.getMessage().contains("model 'corenlp-crf' (CRF model " + file + "): CRF model file " + file
        + " not found; create it with: ./s2s baseline crf-ner train"), e.getMessage());
    SuiteResults r = f.runner(systems, true, List.of()).run(suite);
    assertEquals(RowStatus.MISSING, r.rows().get(1).status());
  }

  @Test
  void missingRunDirectoryFailsNamingModelRunDirectoryAndTrainCommand() {
    SuiteFixture f = new SuiteFixture(dir);
    f.config("echo", "de, fr");
    f.completedRun("fixed-run", "h");
    SuiteDefinition suite = f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE));
    UserException e = assertThrows(UserException.class,
        () -> f.runner(new FakeSystems(), false, List.of()).run(suite));
    String msg = e.getMessage();
    assertTrue(msg.contains("1 of 2 models cannot be evaluated"), msg);
    assertTrue(msg.contains("model 'echo' (run directory " + f.runs().resolve("exp-echo") + ")"), msg);
    assertTrue(msg.contains("not found"), msg);
    assertTrue(msg.contains("create it with: ./s2s train "), msg);
    assertTrue(msg.contains("configs/echo.yaml --runs " + f.runs()), msg);
    assertTrue(msg.contains("--allow-missing"), msg);
    assertTrue(!msg.contains("model 'fixed'"), msg);
  }

  @Test
  void allowMissingMarksTheModelMissingOnTheTestSetsItsConfigNames() {
    SuiteFixture f = new SuiteFixture(dir);
    FakeSystems systems = translationSystems(f);
    f.config("echo", "de");
    f.write("runs/exp-echo/STATUS", "FAILED\nout of memory\n");
    SuiteResults r = f.runner(systems, true, List.of())
        .run(f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE)));

    assertEquals(2, r.rows().size(), r.rows().toString());
    ResultRow echo = r.rows().get(0);
    assertEquals(RowStatus.MISSING, echo.status());
    assertEquals("t-en-de", echo.testSet()); // its config has no fr decoder
    assertTrue(echo.metrics().isEmpty());
    assertEquals(RowStatus.MISSING, r.models().get(0).status());
    assertTrue(r.models().get(0).missingReason().contains("status FAILED"), r.models().get(0).missingReason());
    assertEquals(RowStatus.OK, r.rows().get(1).status());
    String table = MarkdownTable.render(r);
    assertTrue(table.contains("| echo | t-en-de | missing | missing | - | - |"), table);
  }

  @Test
  void runDirectoryWithoutTheModelFailsUnlessAllowed() {
    SuiteFixture f = new SuiteFixture(dir);
    FakeSystems systems = translationSystems(f);
    // a completed run that the fake systems do not know: loading it fails
    f.completedRun("exp-other", "h");
    f.config("other", "de");
    Path suite = f.suite("mt", SuiteFixture.TRANSLATION_SUITE.replace("configs/echo.yaml", "configs/other.yaml"));
    UserException e = assertThrows(UserException.class,
        () -> f.runner(systems, false, List.of()).run(f.load(suite)));
    assertTrue(e.getMessage().contains("model 'echo' (run directory " + f.runs().resolve("exp-other")
        + "): cannot be loaded: " + f.runs().resolve("exp-other") + ": holds no translation model"), e.getMessage());
    SuiteResults r = f.runner(systems, true, List.of()).run(f.load(suite));
    assertEquals(RowStatus.MISSING, r.rows().get(0).status());
  }

  @Test
  void onlySelectsModelsAndRejectsUnknownNames() {
    SuiteFixture f = new SuiteFixture(dir);
    FakeSystems systems = translationSystems(f);
    SuiteDefinition suite = f.load(f.suite("mt", SuiteFixture.TRANSLATION_SUITE));
    SuiteResults r = f.runner(systems, false, List.of("fixed")).run(suite);
    assertEquals(1, r.rows().size());
    assertEquals("fixed", r.rows().get(0).model());
    UserException e = assertThrows(UserException.class,
        () -> f.runner(systems, false, List.of("fixd")).run(suite));
    assertTrue(e.getMessage().contains("--only fixd: no such model in suite"), e.getMessage());
    assertTrue(e.getMessage().contains("its models are: echo, fixed"), e.getMessage());
  }

  /**
   * The project's tagging and translation suites on the shared corpora, with trivial systems:
   * counts from the corpora README (eng.testb: 46,435 tokens, 1,617 + 1,668 + 1,661 + 702 = 5,648
   * entities; test_2016_flickr.en: 11,877 whitespace tokens in 1,000 lines).
   */
  @Test
  void projectSuitesOnSharedCorpora() {
    Path corpora = Path.of(System.getProperty("s2s.shared", "/work/shared"), "corpora");
    Assumptions.assumeTrue(Files.isDirectory(corpora.resolve("conll2003")), "skipped: " + corpora + " absent");
    Path eval = Path.of("../../eval").toAbsolutePath().normalize();
    SuiteFixture f = new SuiteFixture(dir);

    SuiteDefinition ner = SuiteDefinition.load(eval.resolve("tagging-conll2003.yaml"), corpora);
    Path nerRun = f.completedRun(ExperimentConfig.loadResolved(ner.models().get(0).config()).name(), "h");
    FakeSystems allOutside = new FakeSystems().tagger(nerRun,
        sentences -> sentences.stream().map(s -> s.stream().map(t -> "O").toList()).toList());
    ResultRow row = f.runner(allOutside, false, List.of(ner.models().get(0).name())).run(ner).rows().get(0);
    assertEquals(46_435, row.tokens());
    assertEquals(0.0, row.metrics().get(SuiteMetric.F1), 0.0);
    @SuppressWarnings("unchecked")
    Map<String, Object> overall = (Map<String, Object>) row.details().get("overall");
    assertEquals(5_648L, overall.get("gold"));

    SuiteDefinition mt = SuiteDefinition.load(eval.resolve("translation-multi30k.yaml"), corpora);
    ModelSpec first = mt.models().get(0);
    Path mtRun = f.completedRun(ExperimentConfig.loadResolved(first.config()).name(), "h");
    FakeSystems copy = new FakeSystems().translator(mtRun, new dev.s2s.tasks.TranslationSystem() {
      @Override
      public String sourceLanguage() {
        return "en";
      }

      @Override
      public List<String> targetLanguages() {
        return List.of("de");
      }

      @Override
      public List<String> translate(List<String> sources, String target) {
        return sources;
      }
    });
    SuiteResults r = f.runner(copy, false, List.of(first.name())).run(mt);
    assertEquals(1, r.rows().size());
    assertEquals(11_877, r.rows().get(0).tokens());
    assertEquals(1_000, r.rows().get(0).hypotheses().split("\n").length);
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

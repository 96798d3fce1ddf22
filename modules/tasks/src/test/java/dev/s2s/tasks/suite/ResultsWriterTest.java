package dev.s2s.tasks.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {
  @TempDir Path dir;

  /** echo (de, fr: the references), fixed (de only), ghost (no run directory, allowed missing). */
  private SuiteResults translationResults(SuiteFixture f) {
    f.config("echo", "de, fr");
    f.completedRun("exp-echo", "hash-echo");
    f.completedRun("fixed-run", "hash-fixed");
    FakeSystems systems = new FakeSystems()
        .translator(f.runs().resolve("exp-echo"), FakeSystems.fixedTranslator("en", Map.of(
            "de", List.of(SuiteFixture.DE.split("\n")), "fr", List.of(SuiteFixture.FR.split("\n")))))
        .translator(f.runs().resolve("fixed-run"), FakeSystems.fixedTranslator("en", Map.of("de", SuiteFixture.HYP)));
    Path suite = f.suite("mt", SuiteFixture.TRANSLATION_SUITE + "  - {name: ghost, run: ../runs/ghost}\n");
    return f.runner(systems, true, List.of()).run(f.load(suite));
  }

  @Test
  void writesTableCsvJsonHypothesesAndChart() throws IOException {
    SuiteFixture f = new SuiteFixture(dir);
    Path out = ResultsWriter.write(translationResults(f), f.results());
    assertEquals(f.results().resolve("mt-test"), out);

    String md = Files.readString(out.resolve("results.md"));
    assertTrue(md.startsWith("# Suite mt-test (translation)\n\nRun 2026-11-27T12:00:00Z from `"), md);
    assertTrue(md.contains("| model | testset | BLEU | chrF2 | wall s | tokens/s |\n"
        + "|---|---|---:|---:|---:|---:|\n"
        + "| echo | t-en-de | 100.00 | 100.00 | 0.50 | 18 |\n"
        + "| echo | t-en-fr | 100.00 | 100.00 | 0.50 | 18 |\n"
        + "| fixed | t-en-de | 44.15 | "), md);
    assertTrue(md.contains("| ghost | t-en-de | missing | missing | - | - |\n"
        + "| ghost | t-en-fr | missing | missing | - | - |\n"), md);
    assertTrue(md.contains("- fixed: not scored on t-en-fr: it has no decoder for 'fr'"), md);
    assertTrue(md.contains("- BLEU: nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\n"), md);

    List<CSVRecord> csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(Files.readString(out.resolve("results.csv")))).getRecords();
    assertEquals(5, csv.size());
    assertEquals(List.of("model", "testset", "status", "bleu", "chrf", "wall_seconds", "tokens", "tokens_per_second"),
        csv.get(0).getParser().getHeaderNames());
    CSVRecord fixed = csv.get(2);
    assertEquals(List.of("fixed", "t-en-de", "ok"), fixed.toList().subList(0, 3));
    // hand derivation (BleuCommandTest): 100 * exp(1 - 10/9) * (7/9 * 4/7 * 2/5 * 1/3)^(1/4)
    assertEquals(100 * Math.exp(1 - 10.0 / 9) * Math.pow(56.0 / 945, 0.25), Double.parseDouble(fixed.get("bleu")), 1e-9);
    assertEquals(List.of("0.5", "9", "18.0"), fixed.toList().subList(5, 8));
    assertEquals(List.of("ghost", "t-en-fr", "missing", "", "", "", "", ""), csv.get(4).toList());

    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertEquals("mt-test", json.get("suite").asText());
    assertEquals("2026-11-27T12:00:00Z", json.get("date").asText());
    assertTrue(json.has("git"));
    JsonNode de = findInput(json, "testset t-en-de de");
    assertEquals(f.corpora().resolve("mt/test.de").toString(), de.get("path").asText());
    // sha256sum of SuiteFixture.DE's bytes, computed with the sha256sum tool
    assertEquals("b156cbf450794e8f8b6c9fa341fc326a09dd1955b5a4d977448385eb8f85d066", de.get("sha256").asText());
    assertEquals(SuiteFixture.DE_SHA256, de.get("sha256").asText());
    assertTrue(findInput(json, "suite").get("path").asText().endsWith("eval/mt.yaml"));
    assertTrue(findInput(json, "config echo").get("path").asText().endsWith("configs/echo.yaml"));
    assertEquals("nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
        json.get("signatures").get("bleu").asText());
    assertEquals("chrF2 nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0",
        json.get("signatures").get("chrf").asText());
    JsonNode models = json.get("models");
    assertEquals("hash-echo", models.get(0).get("config_hash").asText());
    assertEquals(f.runs().resolve("exp-echo").toString(), models.get(0).get("run_dir").asText());
    assertEquals("hash-fixed", models.get(1).get("config_hash").asText());
    assertEquals("missing", models.get(2).get("status").asText());
    assertTrue(models.get(2).get("config_hash").isNull());
    JsonNode rows = json.get("results");
    assertEquals(100.0, rows.get(0).get("metrics").get("bleu").asDouble(), 1e-9);
    assertEquals(9, rows.get(2).get("details").get("bleu").get("hyp_len").asInt());
    assertEquals(10, rows.get(2).get("details").get("bleu").get("ref_len").asInt());
    assertTrue(rows.get(3).get("wall_seconds").isNull());

    assertEquals("the cat sat on the mat\na dog barks\n", Files.readString(out.resolve("hyps/fixed.t-en-de.txt")));
    assertEquals(SuiteFixture.FR, Files.readString(out.resolve("hyps/echo.t-en-fr.txt")));
    assertFalse(Files.exists(out.resolve("hyps/ghost.t-en-de.txt")));
    byte[] png = Files.readAllBytes(out.resolve("chart.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    try (var files = Files.list(out)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left");
    }
  }

  @Test
  void taggingWritesConllHypothesesAndPerTypeF1() throws IOException {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("gold", "h");
    FakeSystems systems = new FakeSystems()
        .tagger(f.runs().resolve("gold"), FakeSystems.fixedTagger(SuiteFixture.GOLD));
    Path suite = f.suite("ner", """
        suite: ner-test
        task: tagging
        metrics: [f1]
        testsets: [{name: ner.test, format: conll, file: data/ner.test.conll, columns: 2}]
        models: [{name: gold, run: ../runs/gold}]
        """);
    Path out = ResultsWriter.write(f.runner(systems, false, List.of()).run(f.load(suite)), f.results());
    assertEquals("John B-PER B-PER\nSmith I-PER I-PER\nvisits O O\nParis B-LOC B-LOC\n. O O\n\n"
        + "Mary B-PER B-PER\nsleeps O O\n\n", Files.readString(out.resolve("hyps/gold.ner.test.txt")));
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertEquals("conlleval-2004-01-26 compatible", json.get("signatures").get("f1").asText());
    JsonNode details = json.get("results").get(0).get("details");
    assertEquals(100.0, details.get("by_type").get("LOC").get("f1").asDouble(), 1e-9);
    assertEquals(2, details.get("by_type").get("PER").get("gold").asInt());
    assertEquals(3, details.get("overall").get("correct").asInt());
    assertTrue(Files.readString(out.resolve("results.md"))
        .contains("| gold | ner.test | 100.00 | 0.50 | 14 |\n"));
  }

  @Test
  void languageModelWritesNoHypothesesAndTheCountingConvention() throws IOException {
    SuiteFixture f = new SuiteFixture(dir);
    f.completedRun("uni", "h");
    FakeSystems systems = new FakeSystems().lm(f.runs().resolve("uni"), FakeSystems.uniformLm(0.5));
    Path suite = f.suite("lm", """
        suite: lm-test
        task: lm
        metrics: [perplexity]
        testsets: [{name: lm.test, format: plain, corpus: lm/test.txt}]
        models: [{name: uni, run: ../runs/uni}]
        """);
    Path out = ResultsWriter.write(f.runner(systems, false, List.of()).run(f.load(suite)), f.results());
    assertFalse(Files.exists(out.resolve("hyps")));
    JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
    assertTrue(json.get("signatures").get("perplexity").asText().contains("one end-of-sentence token per line"));
    // p = 1/2 for each of the 7 tokens: PPL 2
    assertEquals(2.0, json.get("results").get(0).get("metrics").get("perplexity").asDouble(), 1e-9);
    assertTrue(Files.readString(out.resolve("results.md")).contains("| uni | lm.test | 2.00 | 0.50 | 14 |\n"));
  }

  private static JsonNode findInput(JsonNode json, String role) {
    for (JsonNode in : json.get("inputs")) {
      if (in.get("role").asText().equals(role)) {
        return in;
      }
    }
    throw new AssertionError("no input " + role + " in " + json.get("inputs"));
  }
}

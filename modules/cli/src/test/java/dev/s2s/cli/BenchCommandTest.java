package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs {@code s2s bench} with tiny sizes: fields present and positive, never timing thresholds. */
class BenchCommandTest {
  private static final List<String> FIGURES = List.of("train_tgt_tok_per_s", "greedy_batch_sent_per_s",
      "greedy_1_sent_per_s", "beam_sent_per_s", "tag_tok_per_s", "ngram_query_per_s");

  private static String[] tiny(Path out) {
    List<String> args = new java.util.ArrayList<>(List.of("--json", "--out", out.toString(), "--rounds", "2",
        "--batches", "2", "--warmup-seconds", "0", "--vocab", "50", "--embed", "8", "--hidden", "16", "--batch", "4",
        "--decode-sentences", "4", "--single-sentences", "2", "--beam", "2", "--beam-sentences", "4",
        "--tag-sentences", "4", "--ngram-queries", "1000", "--ngram-sentences", "2000", "--ngram-vocab", "300", "--seed", "3"));
    return args.toArray(String[]::new);
  }

  @Test
  void tinyRunReportsEveryFigureAndWritesFiles(@TempDir Path dir) throws Exception {
    CliRun r = CliRun.run(new BenchCommand(), tiny(dir));
    assertEquals(0, r.exitCode(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode fromFile = new ObjectMapper().readTree(Files.readString(dir.resolve("bench.json")));
    assertEquals(json, fromFile, "stdout JSON and bench.json differ");
    assertFalse(json.path("date").asText().isEmpty(), "date missing");
    JsonNode machine = json.path("machine");
    assertTrue(machine.path("nproc").asInt() >= 1, "machine.nproc: " + machine);
    assertFalse(machine.path("cpu").asText().isEmpty(), "machine.cpu: " + machine);
    assertFalse(machine.path("jvm").asText().isEmpty(), "machine.jvm: " + machine);
    assertTrue(machine.has("omp_wait_policy"), "machine.omp_wait_policy: " + machine);
    assertTrue(machine.has("openblas_coretype"), "machine.openblas_coretype: " + machine);
    for (String f : FIGURES) {
      JsonNode fig = json.path("figures").path(f);
      assertEquals(2, fig.path("rounds").size(), f + ": one value per round expected: " + fig);
      for (String stat : List.of("median", "min", "max")) {
        assertTrue(fig.path(stat).asDouble() > 0, f + "." + stat + " not positive: " + fig);
      }
      assertTrue(fig.path("min").asDouble() <= fig.path("median").asDouble()
          && fig.path("median").asDouble() <= fig.path("max").asDouble(), f + ": min <= median <= max: " + fig);
    }
    assertTrue(json.path("memory").path("heap_used_max_mib").asDouble() > 0, json.path("memory").toString());
    assertTrue(json.path("memory").path("rss_peak_mib").asDouble() > 0, json.path("memory").toString());
    List<String> csv = Files.readAllLines(dir.resolve("bench.csv"));
    assertEquals("figure,unit,median,min,max,rounds", csv.get(0));
    for (String f : FIGURES) {
      assertTrue(csv.stream().anyMatch(l -> l.startsWith(f + ",")), f + " missing from bench.csv: " + csv);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--rounds | 0 | --rounds: expected an integer >= 1, got 0",
      "--warmup-seconds | -1 | --warmup-seconds: expected a number >= 0, got -1.0"})
  void invalidOptionIsAUserErrorAndWritesNothing(String option, String value, String message, @TempDir Path dir) {
    CliRun r = CliRun.run(new BenchCommand(), "--out", dir.toString(), option, value);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(dir.resolve("bench.json")), "nothing written on a user error");
  }

  @Test
  void invalidLengthRangeIsAUserError(@TempDir Path dir) {
    CliRun r = CliRun.run(new BenchCommand(), "--out", dir.toString(), "--min-length", "9", "--max-length", "4");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bench sizes: invalid length range 9..4"), r.err());
  }
}

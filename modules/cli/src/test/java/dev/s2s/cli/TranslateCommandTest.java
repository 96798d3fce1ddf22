package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {
  @TempDir Path tmp;

  private static CliRun translate(String stdin, String... args) {
    TranslateCommand cmd = new TranslateCommand();
    cmd.stdin = CliRun.stdin(stdin);
    return CliRun.run(cmd, args);
  }

  @Test
  void oneOutputLinePerInputLineAndEmptyStaysEmpty() throws Exception {
    String run = TinyRuns.translationRun().toString();
    CliRun r = translate("A man is riding a bike.\n\nThe dog is sleeping.\n", "--model", run, "--to", "de");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals("", lines.get(1));
    assertTrue(!lines.get(0).isBlank() && !lines.get(2).isBlank(), r.out());
  }

  @Test
  void longSentenceIsCutByTheMaximumLengthRatio() throws Exception {
    String run = TinyRuns.translationRun().toString();
    String longSentence = String.join(" ", java.util.Collections.nCopies(500, "dog"));
    CliRun r = translate("", "--model", run, "--to", "fr", "--format", "json", longSentence);
    assertEquals(0, r.exitCode(), r.err());
    JsonNode node = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    // 500 words + the end marker = 501 source ids; max length = floor(1.5 * 501) + 5 = 756 tokens.
    assertTrue(node.get("translations").get(0).get("tokens").size() <= 756, r.out());
  }

  @Test
  void unknownWordsAndNbestListsAreReported() throws Exception {
    String run = TinyRuns.translationRun().toString();
    CliRun r = translate("", "--model", run, "--to", "de", "--nbest", "2", "--beam", "3", "Zyxw qwert blorp");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(lines.get(0).startsWith("0 ||| ") && lines.get(1).startsWith("0 ||| "), r.out());
  }

  @Test
  void jsonHasTokensAndScores() throws Exception {
    String run = TinyRuns.translationRun().toString();
    CliRun r = translate("The girl is reading a book.\n", "--model", run, "--to", "fr", "--format", "json");
    JsonNode node = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow());
    assertEquals("The girl is reading a book.", node.get("source").asText());
    JsonNode t = node.get("translations").get(0);
    assertTrue(t.get("score").isNumber() && t.get("tokens").isArray(), r.out());
  }

  @Test
  void alphaZeroScoresByLogProbabilityAndAlphaOneDividesByTheGnmtPenalty() throws Exception {
    String run = TinyRuns.translationRun().toString();
    for (String alpha : List.of("0", "1")) {
      CliRun r = translate("", "--model", run, "--to", "fr", "--format", "json", "--alpha", alpha, "The girl is reading.");
      assertEquals(0, r.exitCode(), r.err());
      JsonNode t = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow()).get("translations").get(0);
      // length counts the emitted tokens and the end marker: lp = ((5 + length) / 6)^alpha
      double lp = Math.pow((5.0 + t.get("tokens").size() + 1) / 6.0, Double.parseDouble(alpha));
      assertEquals(t.get("log_prob").asDouble() / lp, t.get("score").asDouble(), 1e-9, r.out());
    }
  }

  @Test
  void negativeAlphaIsAUserError() throws Exception {
    CliRun r = translate("", "--model", TinyRuns.translationRun().toString(), "--to", "de", "--alpha", "-0.5", "hello");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("--alpha") && r.err().contains("-0.5"), r.err());
  }

  @Test
  void missingTargetLanguageNamesTheOnesTheModelHas() throws Exception {
    CliRun r = translate("", "--model", TinyRuns.translationRun().toString(), "--to", "it", "hello");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("'it'") || r.err().contains("it:"), r.err());
    assertTrue(r.err().contains("de, fr"), r.err());
  }

  @Test
  void runDirectoryWithoutModelIsAUserError() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("not-a-run"));
    CliRun r = translate("", "--model", empty.toString(), "--to", "de", "hello");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(empty.toString()), r.err());
  }

  @Test
  void outputFileGetsTheTranslations() throws Exception {
    Path outFile = tmp.resolve("out.txt");
    CliRun r = translate("The cat is black.\nI drink water.\n", "--model", TinyRuns.translationRun().toString(),
        "--to", "de", "-o", outFile.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(2, Files.readAllLines(outFile).size());
  }

  @Test
  void classSoftmaxOutputFromTheConfigTrainsAndTranslates() throws Exception {
    Path run = trainTiny("tinyclass", TinyRuns.translationConfig("tinyclass", 10)
        .replace("dropout: 0.0}", "dropout: 0.0, output: class}")
        .replace("translation:", "vocab: {classes: 4}\ntranslation:"));
    String log = Files.readString(run.resolve("train.log"));
    assertTrue(log.contains("decoder.de.out.wordW"), "the decoders must use the class-based softmax: " + log);
    CliRun r = translate("", "--model", run.toString(), "--to", "fr", "--format", "json",
        "--nbest", "2", "--beam", "2", "A dog runs.");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode best = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow()).get("translations").get(0);
    double score = best.get("log_prob").asDouble();
    assertTrue(score < 0 && Double.isFinite(score), r.out());
  }

  @Test
  void tiedSoftmaxFromTheConfigTrainsReloadsAndTranslates() throws Exception {
    Path run = trainTiny("tinytied", TinyRuns.translationConfig("tinytied", 10)
        .replace("dropout: 0.0}", "dropout: 0.0, tied_softmax: true}"));
    String log = Files.readString(run.resolve("train.log"));
    assertTrue(log.contains("decoder.de.out.b") && !log.contains("decoder.de.out.W"),
        "the decoders' softmax has only a bias of its own: " + log);
    CliRun r = translate("", "--model", run.toString(), "--to", "de", "--format", "json", "A dog runs.");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode best = new ObjectMapper().readTree(r.out().lines().findFirst().orElseThrow()).get("translations").get(0);
    double score = best.get("log_prob").asDouble();
    assertTrue(score < 0 && Double.isFinite(score), r.out());
  }

  @Test
  void subwordsAndLabelSmoothingFromTheConfigTrainAndTranslateWholeWords() throws Exception {
    Path run = trainTiny("tinybpe", TinyRuns.translationConfig("tinybpe", 10)
        .replace("translation:", "vocab: {bpe_merges: 40}\ntranslation:")
        .replace("max_epochs: 100}", "max_epochs: 100, label_smoothing: 0.1}"));
    for (String lang : List.of("en", "de", "fr")) {
      List<String> codes = Files.readAllLines(run.resolve("bpe-" + lang + ".codes"));
      assertEquals("#version: 0.2", codes.get(0));
      assertEquals(41, codes.size(), lang + ": the sample text has more than 40 pairs seen twice");
    }
    assertTrue(Files.readAllLines(run.resolve("vocab-de.txt")).stream().anyMatch(l -> l.split("\t")[0].endsWith("@@")),
        "the vocabulary holds subwords");
    String resolved = Files.readString(run.resolve("config.yaml"));
    assertTrue(resolved.contains("bpe_merges: 40") && resolved.contains("label_smoothing: 0.1"), resolved);
    CliRun r = translate("A dog runs.\n\nTwo men are sitting on a bench.\n", "--model", run.toString(), "--to", "de");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertEquals("", lines.get(1));
    assertTrue(lines.stream().noneMatch(l -> l.contains("@@")), "output is joined into words: " + r.out());
  }

  /** Trains {@code yaml} (whose name is {@code name}) into tmp/runs; returns the run directory. */
  private Path trainTiny(String name, String yaml) throws Exception {
    Path f = Files.writeString(tmp.resolve(name + ".yaml"), yaml);
    Path runs = tmp.resolve("runs");
    CliRun train = CliRun.run(new TrainCommand(), f.toString(), "--runs", runs.toString());
    assertEquals(0, train.exitCode(), train.err());
    return runs.resolve(name);
  }
}

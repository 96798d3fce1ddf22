package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.tasks.SequenceTagger;
import dev.s2s.tasks.TextScorer;
import dev.s2s.tasks.TrainedSystems;
import dev.s2s.tasks.TranslationSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  /** Language models keyed by run directory name: "uni" gives every token p = 1/4. */
  private static final class FakeLms implements TrainedSystems {
    @Override
    public TranslationSystem translator(Path runDirectory, DecodingConfig decoding) {
      throw new UserException(runDirectory + ": holds no translation model");
    }

    @Override
    public SequenceTagger tagger(Path runDirectory) {
      throw new UserException(runDirectory + ": holds no tagger");
    }

    @Override
    public SequenceTagger tagger(List<Path> runDirectories) {
      throw new UserException(runDirectories + ": hold no taggers");
    }

    @Override
    public SequenceTagger crfTagger(Path modelFile) {
      throw new UserException(modelFile + ": not a CRF model");
    }

    @Override
    public TextScorer languageModel(Path runDirectory) {
      if (!runDirectory.getFileName().toString().equals("exp-uni")) {
        throw new UserException(runDirectory + ": holds no language model");
      }
      return sentences -> {
        long tokens = 0;
        for (List<String> s : sentences) {
          tokens += s.size() + 1;
        }
        return new Perplexity(tokens * Math.log(4), tokens);
      };
    }
  }

  private Path project() throws IOException {
    write("corpora/lm/test.txt", "a b c\nd e\n");
    write("configs/uni.yaml", "name: exp-uni\nlm: {kind: ngram, order: 3, smoothing: modified-kn, "
        + "train: {format: plain, file: train.txt}}\n");
    write("configs/gone.yaml", "name: exp-gone\nlm: {kind: ngram, order: 3, smoothing: modified-kn, "
        + "train: {format: plain, file: train.txt}}\n");
    write("runs/exp-uni/STATUS", "COMPLETED\n");
    return write("eval/lm.yaml", """
        suite: lm-cli
        task: lm
        metrics: [perplexity]
        testsets: [{name: lm.test, format: plain, corpus: lm/test.txt}]
        models:
          - {name: uni, config: ../configs/uni.yaml}
          - {name: gone, config: ../configs/gone.yaml}
        """);
  }

  private EvalCommand command() {
    EvalCommand cmd = new EvalCommand();
    cmd.systems = FakeLms::new;
    return cmd;
  }

  @Test
  void printsTheTableAndWritesResults() throws IOException {
    Path suite = project();
    CliRun r = CliRun.run(command(), suite.toString(), "--corpora", dir.resolve("corpora").toString(),
        "--runs", dir.resolve("runs").toString(), "--allow-missing");
    assertEquals(0, r.exitCode(), r.err());
    // 5 words + 2 sentence ends, each p = 1/4: PPL = 4
    assertTrue(r.out().startsWith("| model | testset | PPL | wall s | tokens/s |\n|---|---|---:|---:|---:|\n"
        + "| uni | lm.test | 4.00 | "), r.out());
    assertTrue(r.out().contains("| gone | lm.test | missing | - | - |\n"), r.out());
    assertTrue(r.out().contains("create it with: ./s2s train "), r.out());
    Path results = dir.resolve("eval/results/lm-cli");
    assertTrue(r.out().contains("Results written to " + results), r.out());
    for (String f : List.of("results.md", "results.csv", "results.json", "chart.png")) {
      assertTrue(Files.isRegularFile(results.resolve(f)), f);
    }
  }

  @Test
  void missingRunFailsWithExitStatus2AndTheTrainCommand() throws IOException {
    Path suite = project();
    Path out = dir.resolve("out");
    CliRun r = CliRun.run(command(), suite.toString(), "--corpora", dir.resolve("corpora").toString(),
        "--runs", dir.resolve("runs").toString(), "--out", out.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("model 'gone' (run directory " + dir.resolve("runs/exp-gone") + ")"), r.err());
    assertTrue(r.err().contains("create it with: ./s2s train "), r.err());
    assertTrue(r.err().contains("configs/gone.yaml"), r.err());
    assertTrue(r.err().contains("--allow-missing"), r.err());
    assertFalse(Files.exists(out), "nothing written for a failed suite");
  }

  @Test
  void onlyScoresTheNamedModel() throws IOException {
    Path suite = project();
    CliRun r = CliRun.run(command(), suite.toString(), "--corpora", dir.resolve("corpora").toString(),
        "--runs", dir.resolve("runs").toString(), "--out", dir.resolve("out").toString(), "--only", "uni");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(r.out().contains("gone"), r.out());
    assertTrue(Files.isRegularFile(dir.resolve("out/lm-cli/results.json")));
  }

  @Test
  void unknownSuiteKeyExitsWith2NamingLineAndKey() throws IOException {
    Path suite = write("eval/bad.yaml", "suite: bad\ntask: lm\nmetrics: [perplexity]\ntestset: []\n");
    CliRun r = CliRun.run(command(), suite.toString(), "--corpora", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(suite + ":4:1: testset: unknown key 'testset'"), r.err());
    assertTrue(r.err().contains("valid keys at the top level: metrics, models, suite, task, testsets"), r.err());
  }

  @Test
  void withoutAFactoryTheCommandSaysSo() throws IOException {
    Path suite = project();
    CliRun r = CliRun.run(new EvalCommand(), suite.toString(), "--corpora", dir.resolve("corpora").toString(),
        "--runs", dir.resolve("runs").toString(), "--only", "uni");
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("no trained-systems factory is installed"), r.err());
  }

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LmPerplexityCommand} and {@link LmSampleCommand} with a run directory as --model. */
class LmPerplexityCommandRunDirTest {
  @TempDir Path tmp;

  @Test
  void scoresWithAnNgramRunDirectoryAndItsArpaFileAlike() throws Exception {
    Path run = LmRunDirs.ngram(tmp);
    Path text = tmp.resolve("score.txt");
    Files.writeString(text, "a z\n");
    // add-one unigrams on cycle(24): counts a=24, b=24, c=24, d=12, e=12, </s>=24 (N = 120);
    // |V| = {<unk>, </s>, a, b, c, d, e} = 7; "a z </s>": (25/127) (1/127) (25/127) -> PPL =
    // (127^3 / 625)^(1/3) = 127 / 625^(1/3) = 14.85
    CliRun dir = CliRun.run(new LmPerplexityCommand(), "--model", run.toString(), text.toString());
    assertEquals(0, dir.exitCode(), dir.err());
    double expected = 127 / Math.cbrt(625);
    assertTrue(dir.out().contains(String.format(java.util.Locale.ROOT, "perplexity: %.4f", expected)), dir.out());
    assertTrue(dir.out().contains("OOVs: 1"), dir.out());
    CliRun arpa = CliRun.run(new LmPerplexityCommand(), "--model", run.resolve("model.arpa").toString(), text.toString());
    assertTrue(arpa.out().contains(String.format(java.util.Locale.ROOT, "perplexity: %.4f", expected)), arpa.out());
    CliRun sample = CliRun.run(new LmSampleCommand(), "--model", run.toString(), "-n", "2");
    assertEquals(0, sample.exitCode(), sample.err());
    assertEquals(2, sample.out().lines().count());
  }

  @Test
  void scoresWithAnRnnRunDirectoryAndRefusesAllUnknownText() throws Exception {
    Path run = LmRunDirs.rnn(tmp, "tiny", "lstm");
    CliRun ok = CliRun.run(new LmPerplexityCommand(), "--model", run.toString(), tmp.resolve("test.txt").toString());
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(ok.out().contains("tokens: 20 (words + one </s> per sentence)"), ok.out()); // 2*(5+3) words + 4 </s>
    String written = Files.readAllLines(run.resolve("test-perplexity.txt")).get(0);
    assertTrue(ok.out().contains(written), ok.out() + " vs " + written);
    Path unknown = tmp.resolve("unknown.txt");
    Files.writeString(unknown, "x y\nz\n");
    CliRun bad = CliRun.run(new LmPerplexityCommand(), "--model", run.toString(), unknown.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("all 3 words are outside the model's vocabulary"), bad.err());
    assertFalse(bad.err().contains("NaN") || bad.out().contains("NaN"));
    CliRun sample = CliRun.run(new LmSampleCommand(), "--model", run.toString());
    assertEquals(2, sample.exitCode());
    assertTrue(sample.err().contains("draws from n-gram models only"), sample.err());
  }

  @Test
  void emptyTextIsAUserError() throws Exception {
    Path run = LmRunDirs.ngram(tmp);
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "\n\n");
    CliRun r = CliRun.run(new LmPerplexityCommand(), "--model", run.toString(), empty.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("empty.txt: no tokens"), r.err());
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllevalCommandTest {
  @TempDir Path dir;

  // Same corpus as dev.s2s.eval.conll.ConllEvalTest (hand derivation there).
  private static final String INPUT =
      "EU NNP B-ORG B-ORG\nrejects VBZ O O\nGerman JJ B-MISC B-MISC\ncall NN O O\n. . O O\n\n"
          + "Peter NNP B-PER B-PER\nBlackburn NNP I-PER O\n\n";
  private static final String REPORT =
      "processed 7 tokens with 3 phrases; found: 3 phrases; correct: 2.\n"
          + "accuracy:  85.71%; precision:  66.67%; recall:  66.67%; FB1:  66.67\n"
          + "             MISC: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
          + "              ORG: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
          + "              PER: precision:   0.00%; recall:   0.00%; FB1:   0.00  1\n";

  @Test
  void reportFromStdin() {
    ConllevalCommand cmd = new ConllevalCommand();
    cmd.stdin = CliRun.stdin(INPUT);
    CliRun r = CliRun.run(cmd);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(REPORT, r.out());
  }

  @Test
  void reportFromFileWithTabDelimiter() throws IOException {
    String tabbed = INPUT.replace(' ', '\t');
    CliRun r = CliRun.run(new ConllevalCommand(), "-d", "\t", write("in.tsv", tabbed));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(REPORT, r.out());
  }

  @Test
  void sharedRawCaseByteForByte() throws IOException {
    Path c = Path.of(System.getProperty("s2s.shared", "/work/shared"), "eval-vectors/conll/09-raw");
    Assumptions.assumeTrue(Files.isDirectory(c), "skipped: " + c + " absent");
    CliRun r = CliRun.run(new ConllevalCommand(), "-r", c.resolve("input.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(Files.readString(c.resolve("expected.txt")), r.out());
  }

  @Test
  void compareSpanF1() throws IOException {
    String a = write("a.txt", INPUT);
    String b = write("b.txt", INPUT.replace("Blackburn NNP I-PER O", "Blackburn NNP I-PER I-PER"));
    CliRun r = CliRun.run(new ConllevalCommand(), "--compare", a, b, "--paired-bs-n", "50");
    assertEquals(0, r.exitCode(), r.err());
    // b finds all 3 chunks: FB1 100
    assertTrue(r.out().contains("system   " + b + ": FB1 = 100.00 (μ = "), r.out());
  }

  @Test
  void oneColumnLineNamesFileLineAndExitsWith2() throws IOException {
    String f = write("bad.txt", "a O O\nlonely\n");
    CliRun r = CliRun.run(new ConllevalCommand(), f);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(f + ":2: found 1 field"), r.err());
  }

  @Test
  void unknownPrefixNamesFileLineAndExitsWith2() throws IOException {
    String f = write("bad.txt", "a O O\nb B-PER X-PER\n");
    CliRun r = CliRun.run(new ConllevalCommand(), f);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(f + ":2: unknown predicted tag 'X-PER'"), r.err());
  }

  @Test
  void nonUtf8NamesByteOffsetAndExitsWith2() {
    ConllevalCommand cmd = new ConllevalCommand();
    cmd.stdin = new ByteArrayInputStream(new byte[] {'a', ' ', 'O', ' ', 'O', '\n', (byte) 0x80});
    CliRun r = CliRun.run(cmd);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stdin: not valid UTF-8 at byte offset 6"), r.err());
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChrfCommandTest {
  @TempDir Path dir;

  @Test
  void corpusChrfText() throws IOException {
    // "ab"/"ac" and "ab"/"ab": avgP = avgR = 5/8 -> 62.50 (see dev.s2s.eval.chrf.ChrfTest)
    ChrfCommand cmd = new ChrfCommand();
    cmd.stdin = CliRun.stdin("ab\nab\n");
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", "ac\nab\n"));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "chrF2 = 62.50\nnrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0\n", r.out());
  }

  @Test
  void chrfPlusPlusJson() throws IOException {
    ChrfCommand cmd = new ChrfCommand();
    cmd.stdin = CliRun.stdin("a b\n");
    CliRun r =
        CliRun.run(cmd, "--ref", write("ref.txt", "a b\n"), "--word-order", "2", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("{\n \"name\": \"chrF2++\",\n \"score\": 100.0,\n"), r.out());
    assertTrue(r.out().contains("\"nw\": \"2\""), r.out());
  }

  @Test
  void sentenceLevel() throws IOException {
    // sentence 1: 25.0, sentence 2: 100.0 (ChrfTest)
    ChrfCommand cmd = new ChrfCommand();
    cmd.stdin = CliRun.stdin("ab\nab\n");
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", "ac\nab\n"), "--sentence", "-w", "4");
    assertEquals(0, r.exitCode(), r.err());
    String sig = "chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0";
    assertEquals(sig + " = 25.0000\n" + sig + " = 100.0000\n", r.out());
  }

  @Test
  void differentLineCountsExitWith2() throws IOException {
    ChrfCommand cmd = new ChrfCommand();
    String hyp = write("hyp.txt", "a\nb\nc\n");
    String ref = write("ref.txt", "a\nb\n");
    CliRun r = CliRun.run(cmd, "--ref", ref, "-i", hyp);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(hyp + " has 3 lines"), r.err());
    assertTrue(r.err().contains(ref + " has 2 lines"), r.err());
  }

  @Test
  void emptyStdinIsAUserError() throws IOException {
    ChrfCommand cmd = new ChrfCommand();
    cmd.stdin = CliRun.stdin("");
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", "a\n"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("hypothesis stdin is empty"), r.err());
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  @Test
  void validConfigOverTheSampleIsOk() throws Exception {
    Path yaml = Files.writeString(tmp.resolve("ok.yaml"), TinyRuns.translationConfig("ok", 5));
    CliRun r = CliRun.run(new CheckCommand(), yaml.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("ok (name ok, tasks [translation]"), r.out());
    assertTrue(r.out().contains("train.de"), r.out());
  }

  @Test
  void unknownKeyNamesFileLineKeyAndSuggestion() throws Exception {
    String yaml = TinyRuns.translationConfig("bad", 5).replace("embedding: 16", "embeding: 16");
    Path f = Files.writeString(tmp.resolve("bad.yaml"), yaml);
    CliRun r = CliRun.run(new CheckCommand(), f.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("bad.yaml:9"), r.err());
    assertTrue(r.err().contains("model.embeding"), r.err());
    assertTrue(r.err().contains("embedding"), r.err());
    assertTrue(!r.err().contains("\tat "), "no stack trace without --debug: " + r.err());
  }

  @Test
  void negativeSizeIsRejected() throws Exception {
    String yaml = TinyRuns.translationConfig("neg", 5).replace("hidden: 24", "hidden: -24");
    Path f = Files.writeString(tmp.resolve("neg.yaml"), yaml);
    CliRun r = CliRun.run(new CheckCommand(), f.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("model.hidden") && r.err().contains("-24"), r.err());
  }

  @Test
  void missingCorpusFileNamesThePathsTried() throws Exception {
    String yaml = TinyRuns.translationConfig("missing", 5).replace("sample/dev", "sample/nope");
    Path f = Files.writeString(tmp.resolve("missing.yaml"), yaml);
    CliRun r = CliRun.run(new CheckCommand(), f.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("translation.dev") && r.err().contains("nope.en"), r.err());
  }

  @Test
  void debugPrintsTheStackTrace() throws Exception {
    picocli.CommandLine cl = Main.newCommandLine();
    java.io.StringWriter err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err));
    cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
    int code = cl.execute("check", tmp.resolve("absent.yaml").toString(), "--debug");
    assertEquals(2, code);
    assertTrue(err.toString().contains("absent.yaml"), err.toString());
    assertTrue(err.toString().contains("\tat "), err.toString());
  }
}

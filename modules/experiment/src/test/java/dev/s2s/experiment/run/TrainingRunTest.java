package dev.s2s.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
  /** sha256sum of the 6 bytes "hello\n": printf 'hello\n' | sha256sum */
  private static final String HELLO_SHA256 = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

  private static final Logger LOG = LogManager.getLogger("dev.s2s.experiment.run.TrainingRunTest");

  @TempDir Path tmp;
  RunFixture f;

  @BeforeEach
  void setUp() throws IOException {
    f = new RunFixture(tmp);
  }

  @Test
  void runningThenFailedLeavesStatusFailedWithTheMessage() throws IOException {
    RunDirectory dir;
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      dir = run.directory();
      assertEquals(f.runs.resolve("tiny"), dir.dir());
      assertEquals(Optional.of(RunStatus.RUNNING), dir.status());
      assertEquals("RUNNING\n", Files.readString(dir.statusFile()));
      assertEquals(RunStatus.RUNNING, dir.manifest().status());
      assertEquals(f.config.toYaml(), Files.readString(dir.configFile()));
      assertTrue(Files.isDirectory(dir.checkpointsDir()));
      LOG.info("epoch 1 begins");
      run.fail(new IllegalStateException("out of memory at step 12"));
      LOG.info("after the end");
    }
    assertEquals("FAILED\nout of memory at step 12\n", Files.readString(dir.statusFile()));
    assertEquals(Optional.of(RunStatus.FAILED), dir.status());
    assertEquals("out of memory at step 12", dir.statusMessage());
    RunManifest m = dir.manifest();
    assertEquals(RunStatus.FAILED, m.status());
    assertEquals("out of memory at step 12", m.message());
    assertEquals("2026-01-02T03:04:05Z", m.startTime());
    assertEquals("2026-01-02T03:04:05Z", m.endTime());
    String log = Files.readString(dir.logFile());
    assertTrue(log.contains("epoch 1 begins"), log);
    assertTrue(log.contains("out of memory at step 12"), log);
    assertFalse(log.contains("after the end"), log);
  }

  @Test
  void manifestHoldsProvenance() throws IOException {
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      RunManifest m = run.manifest();
      assertEquals("tiny", m.name());
      assertEquals(7, m.seed());
      assertEquals(f.config.hash(), m.configHash());
      assertEquals(List.of(new CorpusFile("lm.train", f.corpus.toString(), 6, HELLO_SHA256)), m.corpusFiles());
      assertNull(m.git()); // the temporary directory is not a git work tree
      assertEquals(List.of("dl4j", "nd4j", "openblas", "corenlp", "java", "os"), List.copyOf(m.libraries().keySet()));
      assertTrue(m.libraries().get("java").startsWith(System.getProperty("java.version")));
      String json = Files.readString(run.directory().manifestFile());
      assertTrue(json.contains("\"sha256\" : \"" + HELLO_SHA256 + "\""), json);
      assertTrue(json.contains("\"config_hash\""), json);
      assertTrue(json.contains("\"jvm_args\""), json);
      run.complete();
    }
  }

  @Test
  void manifestRecordsGitCommitAndDirtyFlag() throws Exception {
    Assumptions.assumeTrue(git(tmp, "init", "-q") == 0, "skipped: git not available");
    Files.writeString(tmp.resolve("tracked.txt"), "v1\n");
    assertEquals(0, git(tmp, "add", "tracked.txt"));
    assertEquals(0, git(tmp, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "c"));
    GitInfo clean = Provenance.git(tmp);
    assertNotNull(clean);
    assertTrue(clean.commit().matches("[0-9a-f]{40}"), clean.commit());
    assertFalse(clean.dirty());
    Files.writeString(tmp.resolve("tracked.txt"), "v2\n");
    GitInfo dirty = Provenance.git(tmp);
    assertEquals(clean.commit(), dirty.commit());
    assertTrue(dirty.dirty());
  }

  @Test
  void completedRunIsRefusedUnlessForceOrResume() throws IOException {
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      run.complete();
    }
    RunDirectory dir = RunDirectory.in(f.runs, "tiny");
    assertEquals("COMPLETED\n", Files.readString(dir.statusFile()));
    UserException e = assertThrows(UserException.class, () -> f.start(StartMode.FRESH));
    assertTrue(e.getMessage().contains(dir + " already holds a COMPLETED run"), e.getMessage());
    assertTrue(e.getMessage().contains("--force") && e.getMessage().contains("--resume"), e.getMessage());

    Files.writeString(dir.checkpointFile(3), "weights");
    try (TrainingRun resumed = f.start(StartMode.RESUME)) {
      assertEquals(List.of("2026-01-02T03:04:05Z"), resumed.manifest().previousStarts());
      assertTrue(Files.exists(dir.checkpointFile(3)), "resume keeps checkpoints");
      resumed.complete();
    }
    try (TrainingRun forced = f.start(StartMode.FORCE)) {
      assertFalse(Files.exists(dir.checkpointFile(3)), "force starts over");
      assertEquals(List.of(), forced.manifest().previousStarts());
    }
    assertEquals(Optional.of(RunStatus.FAILED), dir.status()); // closed while RUNNING
    assertTrue(dir.statusMessage().contains("without completing"), dir.statusMessage());
  }

  @Test
  void foreignDirectoryIsNeverOverwritten() throws IOException {
    Files.createDirectories(f.runs.resolve("tiny"));
    Files.writeString(f.runs.resolve("tiny/notes.txt"), "mine");
    UserException e = assertThrows(UserException.class, () -> f.start(StartMode.FORCE));
    assertTrue(e.getMessage().contains("is not a run directory"), e.getMessage());
    assertTrue(Files.exists(f.runs.resolve("tiny/notes.txt")));
    e = assertThrows(UserException.class,
        () -> TrainingRun.start(f.runs, f.named("other"), StartMode.RESUME, tmp, f.clock));
    assertTrue(e.getMessage().contains("no run to resume"), e.getMessage());
  }

  private static int git(Path dir, String... args) throws Exception {
    String[] cmd = new String[args.length + 1];
    cmd[0] = "git";
    System.arraycopy(args, 0, cmd, 1, args.length);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }
}

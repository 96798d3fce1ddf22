package dev.s2s.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  @TempDir Path tmp;
  RunFixture f;

  @BeforeEach
  void setUp() throws IOException {
    f = new RunFixture(tmp);
  }

  @Test
  void consumersRefuseUnfinishedRunsWithoutBestCheckpoint() throws IOException {
    RunDirectory dir;
    try (TrainingRun run = f.start(StartMode.FRESH)) {
      dir = run.directory();
      run.fail(new RuntimeException("diverged: loss is NaN"));
    }
    RunDirectory failed = dir;
    UserException e = assertThrows(UserException.class, () -> failed.requireUsable("translate"));
    assertTrue(e.getMessage().contains("status FAILED"), e.getMessage());
    assertTrue(e.getMessage().contains("diverged: loss is NaN"), e.getMessage());
    assertTrue(e.getMessage().contains("'translate'"), e.getMessage());
    Files.writeString(dir.bestCheckpointFile(), "weights");
    assertEquals(dir, dir.requireUsable("translate"));

    RunDirectory missing = RunDirectory.in(f.runs, "nothing");
    e = assertThrows(UserException.class, () -> missing.requireUsable("tag"));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }


  @Test
  void checkpointsArePrunedOldestFirst() throws IOException {
    RunDirectory dir = RunDirectory.in(f.runs, "tiny");
    Files.createDirectories(dir.checkpointsDir());
    for (long step : new long[] {300, 100, 200}) {
      Files.writeString(dir.checkpointFile(step), "w");
    }
    Files.writeString(dir.bestCheckpointFile(), "w");
    assertEquals(List.of(dir.checkpointFile(100), dir.checkpointFile(200), dir.checkpointFile(300)),
        dir.stepCheckpoints());
    dir.pruneCheckpoints(2);
    assertEquals(List.of(dir.checkpointFile(200), dir.checkpointFile(300)), dir.stepCheckpoints());
    assertEquals(Optional.of(dir.checkpointFile(300)), dir.latestCheckpoint());
    assertTrue(Files.exists(dir.bestCheckpointFile()));
    assertEquals(200, RunDirectory.stepOf(dir.checkpointFile(200)));
  }

}

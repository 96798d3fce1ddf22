package dev.s2s.experiment.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private long now;
  private final List<String> lines = new ArrayList<>();

  @Test
  void logsFirstStepThenOncePerIntervalAndAFinalLine() {
    LogProgress p = new LogProgress("train x", 10, Duration.ofSeconds(30), () -> now, lines::add);
    now = 1 * SECOND;
    p.step(1, 2.0, 100); // first update: 100 tokens in 1 s
    now = 2 * SECOND;
    p.step(2, 1.5, 100); // 1 s after the last line: quiet
    now = 31 * SECOND;
    p.step(3, 1.0, 200); // 30 s after the last line: 300 tokens / 30 s = 10 tok/s
    now = 33 * SECOND;
    p.step(4, 0.5, 50); // quiet; reported on close: 50 tokens / 2 s = 25 tok/s
    p.close();
    assertEquals(List.of(
        "train x: step 1/10 (10.0%) loss 2.0000 100 tok/s",
        "train x: step 3/10 (30.0%) loss 1.0000 10 tok/s",
        "train x: step 4/10 (40.0%) loss 0.5000 25 tok/s"), lines);
  }

  @Test
  void unknownTotalOmitsThePercentageAndCloseAfterAReportIsQuiet() {
    LogProgress p = new LogProgress("lm", 0, Duration.ofSeconds(30), () -> now, lines::add);
    now = 2 * SECOND;
    p.step(7, 3.25, 1000);
    p.close();
    assertEquals(List.of("lm: step 7 loss 3.2500 500 tok/s"), lines);
  }
}

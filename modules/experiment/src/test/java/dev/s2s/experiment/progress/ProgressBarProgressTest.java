package dev.s2s.experiment.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarProgressTest {
  private long now;

  @Test
  void barShowsStepsLossAndTokenRate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ProgressBarProgress p = new ProgressBarProgress("train x", 4, out, () -> now)) {
      for (int step = 1; step <= 4; step++) {
        now = step * 1_000_000_000L;
        p.step(step, 1.0 / step, 250); // 250 tokens per second
      }
    }
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(shown.contains("train x"), shown);
    assertTrue(shown.contains("4/4"), shown);
    assertTrue(shown.contains("loss 0.2500 250 tok/s"), shown);
  }
}

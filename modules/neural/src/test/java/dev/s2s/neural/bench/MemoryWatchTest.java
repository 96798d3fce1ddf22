package dev.s2s.neural.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryWatchTest {
  @Test
  void readsVmHwmInKibibytes(@TempDir Path dir) throws Exception {
    Path status = dir.resolve("status");
    Files.writeString(status, "Name:\tjava\nVmPeak:\t  999999 kB\nVmHWM:\t    2048 kB\nVmRSS:\t    1024 kB\n");
    assertEquals(2048L * 1024L, MemoryWatch.rssPeakBytes(status)); // 2048 kB = 2,097,152 bytes
  }

  @Test
  void missingLineOrFileGivesMinusOne(@TempDir Path dir) throws Exception {
    Path status = dir.resolve("status");
    Files.writeString(status, "Name:\tjava\nVmRSS:\t    1024 kB\n");
    assertEquals(-1, MemoryWatch.rssPeakBytes(status));
    assertEquals(-1, MemoryWatch.rssPeakBytes(dir.resolve("absent")));
  }

  @Test
  void sampleRecordsAPositiveHeapUsage() {
    MemoryWatch w = new MemoryWatch();
    assertEquals(0, w.heapUsedMaxBytes());
    w.sample();
    assertTrue(w.heapUsedMaxBytes() > 0);
  }
}

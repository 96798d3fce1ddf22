package dev.s2s.neural.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of a benchmark: the largest heap usage seen by {@link #sample()} (from the
 * {@link MemoryMXBean}; ND4J's arrays live off-heap and do not count) and the process's resident
 * set high-water mark (VmHWM of /proc/self/status, which does count them).
 */
public final class MemoryWatch {
  private final MemoryMXBean bean = ManagementFactory.getMemoryMXBean();
  private long heapUsedMax;

  /** Records the current heap usage; call it often (after every timed batch). */
  public void sample() {
    heapUsedMax = Math.max(heapUsedMax, bean.getHeapMemoryUsage().getUsed());
  }

  /** Largest sampled heap usage in bytes. */
  public long heapUsedMaxBytes() {
    return heapUsedMax;
  }

  /** VmHWM of this process in bytes, or -1 when /proc/self/status is unavailable. */
  public static long rssPeakBytes() {
    return rssPeakBytes(Path.of("/proc/self/status"));
  }

  /** VmHWM ("VmHWM:  123456 kB") of a /proc status file in bytes, or -1 when absent. */
  static long rssPeakBytes(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          String[] f = line.substring("VmHWM:".length()).trim().split("\\s+");
          return Long.parseLong(f[0]) * 1024L;
        }
      }
      return -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}

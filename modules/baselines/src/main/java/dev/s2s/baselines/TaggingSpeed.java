package dev.s2s.baselines;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Supplier;

/**
 * Tagging throughput of one timed run: tokens, wall-clock and CPU time of the calling thread
 * (tagging runs on the calling thread, so CPU time is what the tagger used even when other
 * processes share the machine).
 *
 * @param tokens tokens tagged
 * @param wallNanos elapsed wall-clock time
 * @param cpuNanos CPU time of the calling thread, or -1 if the JVM cannot measure it
 */
public record TaggingSpeed(long tokens, long wallNanos, long cpuNanos) {
  /** Result of a timed call together with its timing. */
  public record Timed<T>(T value, TaggingSpeed speed) {}

  /** Tokens per wall-clock second. */
  public double tokensPerSecond() {
    return tokens / (wallNanos / 1e9);
  }

  /** Tokens per CPU second, or NaN if CPU time is unknown. */
  public double tokensPerCpuSecond() {
    return cpuNanos < 0 ? Double.NaN : tokens / (cpuNanos / 1e9);
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }

  public double cpuSeconds() {
    return cpuNanos < 0 ? Double.NaN : cpuNanos / 1e9;
  }

  /** Runs {@code work}, which tags {@code tokens} tokens, and times it. */
  public static <T> Timed<T> measure(long tokens, Supplier<T> work) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    if (cpu && !mx.isThreadCpuTimeEnabled()) {
      mx.setThreadCpuTimeEnabled(true);
    }
    long cpu0 = cpu ? mx.getCurrentThreadCpuTime() : -1;
    long t0 = System.nanoTime();
    T value = work.get();
    long wall = System.nanoTime() - t0;
    long cpuUsed = cpu ? mx.getCurrentThreadCpuTime() - cpu0 : -1;
    return new Timed<>(value, new TaggingSpeed(tokens, wall, cpuUsed));
  }

  /**
   * Tags {@code sentences} {@code warmupPasses} times untimed (JIT warm-up), then once timed.
   *
   * @return the predictions of the timed pass and its speed
   */
  public static Timed<List<List<String>>> ofTagger(
      CoreNlpCrfNer tagger, List<List<String>> sentences, int warmupPasses) {
    for (int i = 0; i < warmupPasses; i++) {
      tagger.tag(sentences);
    }
    long tokens = 0;
    for (List<String> s : sentences) {
      tokens += s.size();
    }
    return measure(tokens, () -> tagger.tag(sentences));
  }
}

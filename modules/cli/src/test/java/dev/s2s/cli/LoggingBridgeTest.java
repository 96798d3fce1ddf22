package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DL4J/ND4J and CoreNLP log through SLF4J 1.7; this proves their real start-up lines arrive in
 * Log4j2 (through log4j-slf4j-impl) by running them in a child JVM whose Log4j2 layout marks
 * every line it writes.
 */
class LoggingBridgeTest {

  @Test
  void nd4jAndCoreNlpLinesReachLog4j2() throws Exception {
    String out = runProbe();
    assertTrue(
        out.lines().anyMatch(l -> l.startsWith("LOG4J2|INFO|org.nd4j.")),
        "no ND4J line came through Log4j2:\n" + out);
    assertTrue(
        out.lines().anyMatch(l -> l.startsWith("LOG4J2|INFO|edu.stanford.nlp.")),
        "no CoreNLP line came through Log4j2:\n" + out);
    assertTrue(
        out.lines().noneMatch(l -> l.startsWith("SLF4J:")),
        "SLF4J found no binding:\n" + out);
  }

  private static String runProbe() throws IOException, InterruptedException {
    Path config = Path.of("src/test/resources/log4j2-probe.xml").toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + config,
                LoggingProbe.class.getName()));
    pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    byte[] bytes = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe JVM did not finish");
    String out = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}

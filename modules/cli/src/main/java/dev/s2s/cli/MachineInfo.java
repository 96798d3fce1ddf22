package dev.s2s.cli;

import dev.s2s.experiment.run.Provenance;
import dev.s2s.neural.nn.RowMath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a benchmark ran on: processors visible to the JVM, the CPU model (first "model name" of
 * /proc/cpuinfo), the JVM, the OpenMP wait policy ND4J inherits, the OpenBLAS kernels forced by
 * {@code OPENBLAS_CORETYPE} (null: OpenBLAS's own choice), how the element-wise loops run ({@link
 * RowMath#describe()}: vector API or scalar), and the load average.
 */
record MachineInfo(int nproc, String cpu, String jvm, String ompWaitPolicy, String openblasCoretype, String elementwise) {
  /** The environment variable that must be PASSIVE for ND4J on small shared machines. */
  static final String OMP_WAIT_POLICY = "OMP_WAIT_POLICY";

  static MachineInfo current() {
    return new MachineInfo(Runtime.getRuntime().availableProcessors(), cpuModel(Path.of("/proc/cpuinfo")),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getenv(OMP_WAIT_POLICY), System.getenv(Provenance.OPENBLAS_CORETYPE), RowMath.get().describe());
  }

  /** The 1-, 5- and 15-minute load averages of /proc/loadavg, or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String cpuModel(Path cpuinfo) {
    try {
      for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return "unknown";
  }

  /** JSON fields (omp_wait_policy and openblas_coretype are "" when unset). */
  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nproc", new PyJson.Raw(Integer.toString(nproc)));
    m.put("cpu", cpu);
    m.put("jvm", jvm);
    m.put("omp_wait_policy", ompWaitPolicy == null ? "" : ompWaitPolicy);
    m.put("openblas_coretype", openblasCoretype == null ? "" : openblasCoretype);
    m.put("elementwise", elementwise);
    return m;
  }
}

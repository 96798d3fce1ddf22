package dev.s2s.experiment.run;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Facts about the code and machine a run uses: git state, library versions, JVM arguments. */
public final class Provenance {
  private static final Logger LOG = LogManager.getLogger(Provenance.class);
  private static final long GIT_TIMEOUT_SECONDS = 20;

  private Provenance() {}

  /** The git state of {@code workDir}, or null when it is not in a git work tree or git is absent. */
  public static GitInfo git(Path workDir) {
    String commit = runGit(workDir, "rev-parse", "HEAD");
    if (commit == null || commit.isBlank()) {
      return null;
    }
    String status = runGit(workDir, "status", "--porcelain", "--untracked-files=no");
    return new GitInfo(commit.strip(), status == null || !status.isBlank());
  }

  /** The environment variable that forces OpenBLAS's kernels (set by the ./s2s launcher on AVX-512 CPUs). */
  public static final String OPENBLAS_CORETYPE = "OPENBLAS_CORETYPE";

  /**
   * Versions of DL4J, ND4J, OpenBLAS, CoreNLP, Java and the OS ("absent" for a library not on the
   * class path). The OpenBLAS entry names the kernels forced by {@value #OPENBLAS_CORETYPE}, when it is
   * set: they round floats differently, so a run repeats exactly only with the same kernels.
   */
  public static Map<String, String> libraries() {
    Map<String, String> libs = new LinkedHashMap<>();
    libs.put("dl4j", mavenVersion("org.deeplearning4j", "deeplearning4j-nn"));
    libs.put("nd4j", mavenVersion("org.nd4j", "nd4j-api"));
    libs.put("openblas", openBlas(mavenVersion("org.bytedeco", "openblas"), System.getenv(OPENBLAS_CORETYPE)));
    libs.put("corenlp", coreNlpVersion());
    libs.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
        + System.getProperty("java.vm.name") + ")");
    libs.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    return libs;
  }

  /** "0.3.19-1.5.7, OPENBLAS_CORETYPE=SkylakeX", or the version alone when the variable is unset or blank. */
  static String openBlas(String version, String coretype) {
    return coretype == null || coretype.isBlank() ? version : version + ", " + OPENBLAS_CORETYPE + "=" + coretype;
  }

  /** The JVM's input arguments (-Xmx..., -D...). */
  public static List<String> jvmArgs() {
    return List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  private static String mavenVersion(String group, String artifact) {
    String resource = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return "absent";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String coreNlpVersion() {
    String fromPom = mavenVersion("edu.stanford.nlp", "stanford-corenlp");
    if (!fromPom.equals("absent")) {
      return fromPom;
    }
    try {
      Package p = Class.forName("edu.stanford.nlp.pipeline.StanfordCoreNLP", false,
          Provenance.class.getClassLoader()).getPackage();
      String v = p == null ? null : p.getImplementationVersion();
      return v == null ? "unknown" : v;
    } catch (ClassNotFoundException | LinkageError e) {
      return "absent";
    }
  }

  private static String runGit(Path workDir, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p = new ProcessBuilder(command)
          .directory(workDir.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      LOG.debug("git {} failed in {}: {}", args[0], workDir, e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}

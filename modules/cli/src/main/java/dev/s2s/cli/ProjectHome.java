package dev.s2s.cli;

import java.nio.file.Path;

/**
 * The toolkit's checkout: where {@code corpora/} and {@code configs/} live. The launcher passes it
 * as the system property {@code s2s.home}; otherwise the working directory is assumed.
 */
final class ProjectHome {
  private ProjectHome() {}

  static Path get() {
    String home = System.getProperty("s2s.home");
    return Path.of(home == null ? System.getProperty("user.dir") : home).toAbsolutePath();
  }
}

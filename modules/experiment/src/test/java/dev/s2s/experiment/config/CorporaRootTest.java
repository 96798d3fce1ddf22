package dev.s2s.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorporaRootTest {
  private final Path cwd = Path.of("/work/main");

  @Test
  void explicitWinsOverEnvironmentWhichWinsOverDefault() {
    Map<String, String> env = Map.of(CorporaRoot.ENV, "/data/corpora");
    assertEquals(Path.of("/work/main/my"), CorporaRoot.choose(Path.of("my"), env, cwd));
    assertEquals(Path.of("/data/corpora"), CorporaRoot.choose(null, env, cwd));
    assertEquals(Path.of("/work/shared/corpora"), CorporaRoot.choose(null, Map.of(), cwd));
    assertEquals(Path.of("/work/shared/corpora"), CorporaRoot.choose(null, Map.of(CorporaRoot.ENV, " "), cwd));
  }
}

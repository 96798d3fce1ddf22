package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaRootTest {
  @TempDir Path dir;

  @Test
  void explicitWinsOverEnvironmentAndDefault() throws Exception {
    Path explicit = Files.createDirectories(dir.resolve("mine"));
    Path env = Files.createDirectories(dir.resolve("env"));
    assertEquals(explicit, CorporaRoot.resolve(explicit, env.toString(), dir));
  }

  @Test
  void environmentWinsOverDefault() throws Exception {
    Path env = Files.createDirectories(dir.resolve("env"));
    Files.createDirectories(dir.resolve("shared/corpora"));
    assertEquals(env, CorporaRoot.resolve(null, env.toString(), dir.resolve("work")));
  }

  @Test
  void defaultIsSharedCorporaBesideWorkingDirectory() throws Exception {
    Path expected = Files.createDirectories(dir.resolve("shared/corpora"));
    Path work = Files.createDirectories(dir.resolve("main"));
    assertEquals(expected, CorporaRoot.resolve(null, "  ", work));
  }

  @Test
  void missingDirectoryNamesWhereItLooked() {
    Path work = dir.resolve("main");
    UserException e = assertThrows(UserException.class, () -> CorporaRoot.resolve(null, null, work));
    assertTrue(e.getMessage().contains(dir.resolve("shared/corpora").toString()), e.getMessage());
    assertTrue(e.getMessage().contains("S2S_CORPORA"), e.getMessage());

    UserException e2 =
        assertThrows(UserException.class, () -> CorporaRoot.resolve(null, dir.resolve("x").toString(), work));
    assertTrue(e2.getMessage().contains(dir.resolve("x").toString()), e2.getMessage());
    assertTrue(e2.getMessage().contains("environment variable S2S_CORPORA"), e2.getMessage());

    UserException e3 = assertThrows(UserException.class, () -> CorporaRoot.resolve(dir.resolve("y"), null, work));
    assertTrue(e3.getMessage().contains(dir.resolve("y").toString()), e3.getMessage());
    assertTrue(e3.getMessage().contains("--corpora"), e3.getMessage());
  }

  @Test
  void chooseDoesNotRequireTheDirectoryAndResolvesAgainstTheWorkingDirectory() {
    Path cwd = Path.of("/work/main");
    assertEquals(Path.of("/work/main/my"), CorporaRoot.choose(Path.of("my"), "/data/corpora", cwd));
    assertEquals(Path.of("/data/corpora"), CorporaRoot.choose(null, "/data/corpora", cwd));
    assertEquals(Path.of("/work/shared/corpora"), CorporaRoot.choose(null, null, cwd));
    assertEquals(Path.of("/work/shared/corpora"), CorporaRoot.choose(null, " ", cwd));
  }
}

package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's OpenBLAS kernel choice ({@code src/main/sh/openblas-coretype.sh}, sourced by
 * {@code ./s2s}), run by bash on cpuinfo files whose flag lines are abridged from real CPUs.
 */
class OpenblasCoretypeScriptTest {
  private static final Path SCRIPT = Path.of("src/main/sh/openblas-coretype.sh").toAbsolutePath();

  /** AMD Zen 5 (this project's 2-core machines): AVX-512 with bfloat16. */
  private static final String ZEN5 = "fpu vme sse sse2 avx avx2 fma avx512f avx512dq avx512ifma avx512cd avx512bw "
      + "avx512vl avx512_bf16 avx512vbmi avx512_vnni avx512_vpopcntdq";
  /** Intel Skylake-SP: AVX-512 F/CD/BW/DQ/VL, no bfloat16. */
  private static final String SKYLAKE_SP = "fpu sse sse2 avx avx2 fma avx512f avx512dq avx512cd avx512bw avx512vl";
  /** AMD Zen 3: AVX2 only. */
  private static final String ZEN3 = "fpu sse sse2 avx avx2 fma";
  /** Intel Xeon Phi (Knights Landing): AVX-512 F/CD but not BW/DQ/VL. */
  private static final String KNL = "fpu sse sse2 avx avx2 fma avx512f avx512pf avx512er avx512cd";

  @TempDir Path tmp;

  @Test
  void avx512GetsSkylakeXKernelsEvenWithBfloat16() throws Exception {
    // never Cooperlake: OpenBLAS 0.3.19's Cooperlake DGEMM is wrong on a Zen 5
    assertEquals("SkylakeX", coretype(cpuinfo(ZEN5)));
    assertEquals("SkylakeX", coretype(cpuinfo(SKYLAKE_SP)));
  }

  @Test
  void cpusWithoutTheNeededAvx512SubsetsKeepOpenBlasChoice() throws Exception {
    assertEquals("", coretype(cpuinfo(ZEN3)));
    assertEquals("", coretype(cpuinfo(KNL)));
    // a flag is matched whole: avx512fp16 is not avx512f
    assertEquals("", coretype(cpuinfo(SKYLAKE_SP.replace("avx512f ", "avx512fp16 "))));
  }

  @Test
  void onlyTheFirstProcessorsFlagsCountAndAMissingFileIsNoChoice() throws Exception {
    Path two = tmp.resolve("two");
    Files.writeString(two, "processor\t: 0\nflags\t\t: " + ZEN3 + "\n\nprocessor\t: 1\nflags\t\t: " + ZEN5 + "\n");
    assertEquals("", coretype(two));
    assertEquals("", coretype(tmp.resolve("absent")));
  }

  private Path cpuinfo(String flags) throws IOException {
    Path f = Files.createTempFile(tmp, "cpuinfo", "");
    Files.writeString(f, "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: " + flags + "\nbogomips\t: 4000\n");
    return f;
  }

  /** What openblas_coretype prints for {@code cpuinfo}, trimmed; it must exit 0 under set -euo pipefail. */
  private static String coretype(Path cpuinfo) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of("bash", "-c",
        "set -euo pipefail; . \"$1\"; openblas_coretype \"$2\"", "bash", SCRIPT.toString(), cpuinfo.toString()))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
    assertEquals(0, p.exitValue(), out);
    return out.strip();
  }
}

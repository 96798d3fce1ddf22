package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BleuCommandTest {
  @TempDir Path dir;

  // Hand derivation in dev.s2s.eval.bleu.BleuTest: counts 7,4,2,1 totals 9,7,5,3,
  // BP = exp(-1/9) = 0.8948, BLEU = 100 * exp(-1/9) * (56/945)^(1/4) = 44.1503
  private static final String HYP = "the cat sat on the mat\na dog barks\n";
  private static final String REF = "the cat sat on a mat\nthe dog barks loudly\n";

  @Test
  void textFromStdin() throws IOException {
    BleuCommand cmd = new BleuCommand();
    cmd.stdin = CliRun.stdin(HYP);
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", REF));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "BLEU = 44.15 77.8/57.1/40.0/33.3 (BP = 0.895 ratio = 0.900 hyp_len = 9 ref_len = 10)\n"
            + "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\n",
        r.out());
  }

  @Test
  void jsonWithSacreBleuFields() throws IOException {
    BleuCommand cmd = new BleuCommand();
    CliRun r =
        CliRun.run(
            cmd, "--ref", write("ref.txt", REF), "-i", write("hyp.txt", HYP), "--format", "json",
            "-w", "4");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("{\n \"name\": \"BLEU\",\n \"score\": 44.1503,\n"), r.out());
    assertTrue(r.out().contains(" \"tok\": \"13a\",\n"), r.out());
    assertTrue(r.out().contains(" \"hyp_len\": 9,\n \"ref_len\": 10,"), r.out());
    assertTrue(r.out().contains(" \"counts\": [\n  7,\n  4,\n  2,\n  1\n ],"), r.out());
  }

  @Test
  void sentenceLevelPrintsSacreBleuLines() throws IOException {
    // line 2: 100 * exp(-1/3) * (1/6)^(1/3) = 39.4322 (see BleuTest), eff:yes
    BleuCommand cmd = new BleuCommand();
    cmd.stdin = CliRun.stdin(HYP);
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", REF), "--sentence", "-w", "4");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    assertTrue(
        lines[1].startsWith(
            "BLEU|nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.6.0 = 39.4322 "),
        lines[1]);
  }

  @Test
  void compareTwoSystems() throws IOException {
    BleuCommand cmd = new BleuCommand();
    String ref = write("ref.txt", REF);
    String a = write("a.txt", "the cat sat\na dog\n");
    String b = write("b.txt", HYP);
    CliRun r = CliRun.run(cmd, "--ref", ref, "--compare", a, b, "--paired-bs-n", "100");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("baseline " + a + ": BLEU = "), r.out());
    assertTrue(r.out().contains("system   " + b + ": BLEU = 44.15 (μ = "), r.out());
    assertTrue(r.out().contains("(p = "), r.out());
    assertTrue(r.out().contains("nrefs:1|bs:100|seed:12345|case:mixed"), r.out());
  }

  @Test
  void differentLineCountsNameBothFilesAndExitWith2() throws IOException {
    BleuCommand cmd = new BleuCommand();
    cmd.stdin = CliRun.stdin("one line only\n");
    String ref = write("ref.txt", REF);
    CliRun r = CliRun.run(cmd, "--ref", ref);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stdin has 1 lines"), r.err());
    assertTrue(r.err().contains(ref + " has 2 lines"), r.err());
  }

  @Test
  void emptyHypothesisLineIsAnEmptySegment() throws IOException {
    // "a b c d" matches fully; the empty second line adds ref length 4: BP = exp(1 - 8/4)
    // BLEU = 100 * exp(-1) = 36.79
    BleuCommand cmd = new BleuCommand();
    cmd.stdin = CliRun.stdin("a b c d\n\n");
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", "a b c d\ne f g h\n"));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("BLEU = 36.79 100.0/100.0/100.0/100.0 (BP = 0.368"), r.out());
  }

  @Test
  void nonUtf8HypothesisNamesByteOffsetAndExitsWith2() throws IOException {
    BleuCommand cmd = new BleuCommand();
    cmd.stdin = new ByteArrayInputStream(new byte[] {'a', 'b', '\n', 'c', (byte) 0xE9, '\n'});
    CliRun r = CliRun.run(cmd, "--ref", write("ref.txt", "ab\ncd\n"));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("stdin: not valid UTF-8 at byte offset 4"), r.err());
  }

  @Test
  void unknownTokenizerIsAUsageError() throws IOException {
    CliRun r = CliRun.run(new BleuCommand(), "--ref", write("ref.txt", REF), "--tokenize", "zh");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown BLEU tokenizer 'zh'"), r.err());
  }

  @Test
  void compareWithInputIsAUsageError() throws IOException {
    String ref = write("ref.txt", REF);
    String h = write("hyp.txt", HYP);
    CliRun r = CliRun.run(new BleuCommand(), "--ref", ref, "-i", h, "--compare", h, h);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("cannot be combined with -i"), r.err());
  }

  /** sacreBLEU's JSON fields and --sentence-level lines of one shared case, through the CLI. */
  @Test
  void sharedCaseThroughCliMatchesSacreBleuOutput() throws IOException {
    Path c = Path.of(System.getProperty("s2s.shared", "/work/shared"), "eval-vectors/bleu/multi-ref");
    Assumptions.assumeTrue(Files.isDirectory(c), "skipped: " + c + " absent");
    JsonNode expected = new ObjectMapper().readTree(c.resolve("expected.json").toFile());
    String[][] settings = {
      {"bleu"}, {"bleu_lc", "-lc"}, {"bleu_intl", "--tokenize", "intl"},
      {"bleu_none", "--tokenize", "none"}, {"bleu_floor", "--smooth", "floor"},
      {"bleu_addk", "--smooth", "add-k"}, {"bleu_nosmooth", "--smooth", "none"}
    };
    for (String[] setting : settings) {
      List<String> args = new ArrayList<>(List.of(
          "--ref", c.resolve("ref.1.txt").toString(), "--ref", c.resolve("ref.2.txt").toString(),
          "-i", c.resolve("hyp.txt").toString(), "--format", "json", "-w", "4"));
      args.addAll(List.of(setting).subList(1, setting.length));
      CliRun r = CliRun.run(new BleuCommand(), args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), r.err());
      JsonNode want = expected.get(setting[0]);
      JsonNode got = new ObjectMapper().readTree(r.out());
      for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        assertEquals(want.get(f), got.get(f), setting[0] + " " + f);
      }
    }
    CliRun r = CliRun.run(new BleuCommand(),
        "--ref", c.resolve("ref.1.txt").toString(), "--ref", c.resolve("ref.2.txt").toString(),
        "-i", c.resolve("hyp.txt").toString(), "--sentence", "-w", "4");
    String[] lines = r.out().split("\n");
    for (int i = 0; i < 20; i++) {
      assertEquals(expected.get("sentence_bleu").get(i).asText(), lines[i], "sentence " + (i + 1));
    }
  }

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }
}

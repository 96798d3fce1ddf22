package dev.s2s.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuScore;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.bleu.Smoothing;
import dev.s2s.eval.chrf.Chrf;
import dev.s2s.eval.chrf.ChrfScore;
import dev.s2s.eval.chrf.ChrfSettings;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.text.FixedPoint;
import dev.s2s.eval.text.Segments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs every case of the shared reference vectors ({@code <s2s.shared>/eval-vectors}, produced by
 * sacreBLEU 2.6.0 and the original conlleval): all BLEU / chrF settings of settings.json against
 * stats.json (unrounded, 1e-9) and expected.json (rounded, signatures, verbose strings, the
 * first 20 sentence-level lines as text), and every conlleval report byte for byte. Skipped with
 * a message when the shared folder is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalVectorsTest {
  private static final double STATS_TOLERANCE = 1e-9;
  private static final ObjectMapper JSON = new ObjectMapper();
  private double maxStatsDiff;
  private double maxRoundedDiff;

  private static Path vectors() {
    String shared = System.getProperty("s2s.shared", "/work/shared");
    Path dir = Path.of(shared, "eval-vectors");
    Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: " + dir + " absent");
    return dir;
  }

  @AfterAll
  void report() {
    System.err.printf(
        "EvalVectorsTest: max |diff| vs stats.json = %s, vs expected.json (4 dp) = %s%n",
        maxStatsDiff, maxRoundedDiff);
  }

  @TestFactory
  Stream<DynamicTest> bleuAndChrfCases() throws IOException {
    Path bleuDir = vectors().resolve("bleu");
    JsonNode settings = JSON.readTree(bleuDir.resolve("settings.json").toFile());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(bleuDir)) {
      for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
        Iterator<String> names = settings.fieldNames();
        while (names.hasNext()) {
          String setting = names.next();
          tests.add(
              DynamicTest.dynamicTest(
                  c.getFileName() + " " + setting, () -> checkSetting(c, setting)));
        }
      }
    }
    assertTrue(tests.size() >= 11, "expected BLEU cases in " + bleuDir);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> conllCases() throws IOException {
    Path conllDir = vectors().resolve("conll");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> cases = Files.list(conllDir)) {
      for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
        tests.add(DynamicTest.dynamicTest(c.getFileName().toString(), () -> checkConll(c)));
      }
    }
    assertTrue(!tests.isEmpty(), "expected conll cases in " + conllDir);
    return tests.stream();
  }

  private static void checkConll(Path dir) throws IOException {
    ConllOptions options = ConllOptions.defaults();
    Path args = dir.resolve("args.txt");
    if (Files.exists(args)) {
      List<String> a = List.of(Files.readString(args).trim().split("\\s+"));
      for (int i = 0; i < a.size(); i++) {
        switch (a.get(i)) {
          case "" -> { }
          case "-r" -> options = options.withRaw(true);
          case "-d" -> options = options.withDelimiter(a.get(++i));
          case "-o" -> options = options.withOutsideTag(a.get(++i));
          default -> throw new IllegalStateException("unknown conlleval argument " + a.get(i));
        }
      }
    }
    String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    String actual = new ConllEval(options).evaluate(dir.resolve("input.txt")).report();
    assertEquals(expected, actual, dir.getFileName() + ": conlleval report differs");
  }

  /** The inputs and reference outputs of one BLEU case, read once for all its settings. */
  private record BleuCase(
      List<String> hyps, List<List<String>> refs, JsonNode expected, JsonNode stats) {
    static BleuCase read(Path dir) {
      try {
        List<List<String>> refs = new ArrayList<>();
        if (Files.exists(dir.resolve("ref.txt"))) {
          refs.add(Segments.read(dir.resolve("ref.txt")));
        } else {
          for (int k = 1; Files.exists(dir.resolve("ref." + k + ".txt")); k++) {
            refs.add(Segments.read(dir.resolve("ref." + k + ".txt")));
          }
        }
        return new BleuCase(
            Segments.read(dir.resolve("hyp.txt")),
            refs,
            JSON.readTree(dir.resolve("expected.json").toFile()),
            JSON.readTree(dir.resolve("stats.json").toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final Map<Path, BleuCase> cases = new ConcurrentHashMap<>();

  private void checkSetting(Path dir, String setting) {
    BleuCase c = cases.computeIfAbsent(dir, BleuCase::read);
    List<String> hyps = c.hyps();
    List<List<String>> refs = c.refs();
    assertTrue(!refs.isEmpty(), dir + ": no ref.txt or ref.1.txt");
    JsonNode expected = c.expected().get(setting);
    JsonNode stats = c.stats().get(setting);
    String where = dir.getFileName() + " " + setting;
    switch (setting) {
      case "sentence_bleu" -> checkSentenceBleu(hyps, refs, expected, stats, where);
      case "sentence_chrf" -> checkSentenceChrf(hyps, refs, expected, stats, where);
      case "chrf", "chrfpp" -> checkChrf(hyps, refs, setting, expected, stats, where);
      default -> checkBleu(hyps, refs, bleuSettings(setting), expected, stats, where);
    }
  }

  private static BleuSettings bleuSettings(String setting) {
    BleuSettings s = BleuSettings.defaults();
    return switch (setting) {
      case "bleu" -> s;
      case "bleu_lc" -> s.withLowercase(true);
      case "bleu_intl" -> s.withTokenizer("intl");
      case "bleu_none" -> s.withTokenizer("none");
      case "bleu_floor" -> s.withSmoothing(Smoothing.FLOOR, Double.NaN);
      case "bleu_addk" -> s.withSmoothing(Smoothing.ADD_K, Double.NaN);
      case "bleu_nosmooth" -> s.withSmoothing(Smoothing.NONE, Double.NaN);
      default -> throw new IllegalStateException("setting " + setting + " not known to this test");
    };
  }

  private void checkBleu(
      List<String> hyps,
      List<List<String>> refs,
      BleuSettings settings,
      JsonNode expected,
      JsonNode stats,
      String where) {
    BleuScore s = new Bleu(settings).corpusScore(hyps, refs);
    if (stats != null) {
      checkBleuStats(stats, s, where);
    }
    double rounded = expected.get("score").asDouble();
    maxRoundedDiff = Math.max(maxRoundedDiff, Math.abs(rounded - s.score()));
    assertEquals(rounded, s.score(), 0.00005 + 1e-9, where + " rounded score");
    assertEquals(expected.get("name").asText(), BleuScore.NAME, where + " name");
    assertEquals(expected.get("signature").asText(), s.signature(), where + " signature");
    assertEquals(expected.get("verbose_score").asText(), s.verbose(), where + " verbose");
    assertEquals(
        FixedPoint.pythonRoundedFloat(rounded, 4),
        FixedPoint.pythonRoundedFloat(s.score(), 4),
        where + " score as sacreBLEU's JSON prints it");
  }

  private void checkBleuStats(JsonNode stats, BleuScore s, String where) {
    close(stats.get("score").asDouble(), s.score(), where + " score");
    close(stats.get("bp").asDouble(), s.bp(), where + " bp");
    close(stats.get("ratio").asDouble(), s.ratio(), where + " ratio");
    assertEquals(stats.get("sys_len").asLong(), s.sysLen(), where + " sys_len");
    assertEquals(stats.get("ref_len").asLong(), s.refLen(), where + " ref_len");
    for (int n = 0; n < 4; n++) {
      assertEquals(stats.get("counts").get(n).asDouble(), s.counts()[n], 0.0, where + " counts");
      assertEquals(stats.get("totals").get(n).asDouble(), s.totals()[n], 0.0, where + " totals");
      close(stats.get("precisions").get(n).asDouble(), s.precisions()[n], where + " precision");
    }
  }

  private void checkChrf(
      List<String> hyps,
      List<List<String>> refs,
      String setting,
      JsonNode expected,
      JsonNode stats,
      String where) {
    ChrfSettings settings =
        setting.equals("chrfpp") ? ChrfSettings.chrfPlusPlus() : ChrfSettings.chrf();
    ChrfScore s = new Chrf(settings).corpusScore(hyps, refs);
    if (stats != null) {
      close(stats.get("score").asDouble(), s.score(), where + " score");
    }
    double rounded = expected.get("score").asDouble();
    maxRoundedDiff = Math.max(maxRoundedDiff, Math.abs(rounded - s.score()));
    assertEquals(rounded, s.score(), 0.00005 + 1e-9, where + " rounded score");
    assertEquals(expected.get("name").asText(), s.name(), where + " name");
    assertEquals(expected.get("signature").asText(), s.signature(), where + " signature");
  }

  private void checkSentenceBleu(
      List<String> hyps, List<List<String>> refs, JsonNode expected, JsonNode stats, String where) {
    Bleu bleu = new Bleu(BleuSettings.sentenceDefaults());
    List<String> lines = sentenceLines(expected);
    assertEquals(Math.min(20, hyps.size()), lines.size(), where + " number of lines");
    for (int i = 0; i < lines.size(); i++) {
      BleuScore s = bleu.sentenceScore(hyps.get(i), refsOf(refs, i));
      assertEquals(lines.get(i), s.formatWithSignature(4), where + " line " + (i + 1));
      if (stats != null) {
        checkBleuStats(stats.get(i), s, where + " line " + (i + 1));
      }
    }
  }

  private void checkSentenceChrf(
      List<String> hyps, List<List<String>> refs, JsonNode expected, JsonNode stats, String where) {
    Chrf chrf = new Chrf(ChrfSettings.chrf());
    List<String> lines = sentenceLines(expected);
    assertEquals(Math.min(20, hyps.size()), lines.size(), where + " number of lines");
    for (int i = 0; i < lines.size(); i++) {
      ChrfScore s = chrf.sentenceScore(hyps.get(i), refsOf(refs, i));
      assertEquals(lines.get(i), s.formatWithSignature(4), where + " line " + (i + 1));
      if (stats != null) {
        close(stats.get(i).get("score").asDouble(), s.score(), where + " line " + (i + 1));
      }
    }
  }

  /** The printed lines (the captured output ends with '\n', which left one empty entry). */
  private static List<String> sentenceLines(JsonNode expected) {
    List<String> lines = new ArrayList<>();
    for (JsonNode l : expected) {
      if (!l.asText().isEmpty()) {
        lines.add(l.asText());
      }
    }
    return lines;
  }

  private static List<String> refsOf(List<List<String>> refs, int i) {
    List<String> out = new ArrayList<>();
    for (List<String> r : refs) {
      out.add(r.get(i));
    }
    return out;
  }

  private void close(double expected, double actual, String what) {
    double diff = Math.abs(expected - actual);
    maxStatsDiff = Math.max(maxStatsDiff, diff);
    assertEquals(expected, actual, STATS_TOLERANCE, what);
  }

}

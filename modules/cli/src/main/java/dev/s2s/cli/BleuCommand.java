package dev.s2s.cli;

import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuScore;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.bleu.Smoothing;
import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.text.FixedPoint;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s bleu}: corpus or sentence BLEU identical to sacreBLEU 2.6.0, or a paired bootstrap
 * test of two systems ({@code --compare}). The hypothesis comes from {@code -i} or standard input
 * ({@link #stdin}, replaceable for tests).
 */
@Command(
    name = "bleu",
    mixinStandardHelpOptions = true,
    description = "BLEU as sacreBLEU 2.6.0 computes it (signature version:2.6.0 = compatible).")
public final class BleuCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin MtInputOptions io = new MtInputOptions();

  @Option(
      names = "--tokenize",
      defaultValue = "13a",
      paramLabel = "TOK",
      description = "Tokenizer: 13a, intl or none (default: ${DEFAULT-VALUE}).")
  String tokenize;

  @Option(
      names = {"-lc", "--lowercase"},
      description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(
      names = "--smooth",
      defaultValue = "exp",
      paramLabel = "METHOD",
      description = "Smoothing: exp, floor, add-k or none (default: ${DEFAULT-VALUE}).")
  String smooth;

  @Option(
      names = "--smooth-value",
      paramLabel = "X",
      description = "Value for floor (default 0.1) or add-k (default 1).")
  Double smoothValue;

  /** Where the hypothesis is read from when no {@code -i} is given. */
  public InputStream stdin = System.in;

  @Override
  public Integer call() {
    BleuSettings settings = settings();
    List<List<String>> refs = io.readReferences();
    PrintWriter out = spec.commandLine().getOut();
    if (io.compare != null) {
      compare(settings, refs, out);
    } else if (io.sentence) {
      sentences(new Bleu(settings.withEffectiveOrder(true)), refs, out);
    } else {
      Bleu bleu = new Bleu(settings);
      BleuScore s = bleu.corpusScore(io.readHypotheses(stdin, refs), refs);
      out.println(io.json() ? json(s) : s.format(io.width) + "\n" + s.signature());
    }
    out.flush();
    return 0;
  }

  private BleuSettings settings() {
    io.check(spec.commandLine());
    Smoothing method;
    try {
      method = Smoothing.named(smooth);
      return BleuSettings.defaults()
          .withTokenizer(tokenize)
          .withLowercase(lowercase)
          .withSmoothing(method, smoothValue == null ? Double.NaN : smoothValue);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage());
    }
  }

  private void sentences(Bleu bleu, List<List<String>> refs, PrintWriter out) {
    List<String> hyps = io.readHypotheses(stdin, refs);
    List<String> segRefs = new ArrayList<>();
    for (int i = 0; i < hyps.size(); i++) {
      segRefs.clear();
      for (List<String> r : refs) {
        segRefs.add(r.get(i));
      }
      BleuScore s = bleu.sentenceScore(hyps.get(i), segRefs);
      out.println(io.json() ? json(s).replaceAll("\n *", " ") : s.formatWithSignature(io.width));
    }
  }

  private void compare(BleuSettings settings, List<List<String>> refs, PrintWriter out) {
    Path a = io.compare.get(0);
    Path b = io.compare.get(1);
    Bleu bleu = new Bleu(settings);
    PairedBootstrapResult r =
        bleu.pairedBootstrap(
            io.readChecked(a, refs), io.readChecked(b, refs), refs,
            new PairedBootstrap(io.resamples, io.seed));
    String sig = BootstrapReport.signature(bleu.signature(refs.size()), r);
    out.println(
        io.json()
            ? BootstrapReport.json(BleuScore.NAME, a.toString(), b.toString(), r, sig, io.width)
            : BootstrapReport.text(BleuScore.NAME, a.toString(), b.toString(), r, sig, io.width));
  }

  /** sacreBLEU's JSON fields, then the unrounded statistics. */
  private String json(BleuScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", BleuScore.NAME);
    m.put("score", new PyJson.Raw(FixedPoint.pythonRoundedFloat(s.score(), io.width)));
    m.put("signature", s.signature());
    m.put("verbose_score", s.verbose());
    for (String part : s.signature().split("\\|")) {
      int colon = part.indexOf(':');
      m.put(part.substring(0, colon), part.substring(colon + 1));
    }
    m.put("precisions", numbers(s.precisions()));
    m.put("bp", number(s.bp()));
    m.put("ratio", number(s.ratio()));
    m.put("hyp_len", new PyJson.Raw(Long.toString(s.sysLen())));
    m.put("ref_len", new PyJson.Raw(Long.toString(s.refLen())));
    m.put("counts", counts(s.counts()));
    m.put("totals", counts(s.totals()));
    return PyJson.write(m);
  }

  private static List<Object> numbers(double[] xs) {
    List<Object> out = new ArrayList<>();
    for (double x : xs) {
      out.add(number(x));
    }
    return out;
  }

  /** Counts: integers without a decimal point (add-k with a fractional k gives decimals). */
  private static List<Object> counts(double[] xs) {
    List<Object> out = new ArrayList<>();
    for (double x : xs) {
      out.add(x == Math.rint(x) ? new PyJson.Raw(Long.toString((long) x)) : number(x));
    }
    return out;
  }

  /** A double in full precision, without an exponent, with at least one decimal. */
  private static PyJson.Raw number(double x) {
    String s = new BigDecimal(Double.toString(x)).toPlainString();
    return new PyJson.Raw(s.indexOf('.') < 0 ? s + ".0" : s);
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

package dev.s2s.cli;

import dev.s2s.eval.bootstrap.PairedBootstrap;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.chrf.Chrf;
import dev.s2s.eval.chrf.ChrfScore;
import dev.s2s.eval.chrf.ChrfSettings;
import dev.s2s.eval.text.FixedPoint;
import java.io.InputStream;
import java.io.PrintWriter;
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
 * {@code s2s chrf}: corpus or sentence chrF / chrF++ identical to sacreBLEU 2.6.0, or a paired
 * bootstrap test of two systems ({@code --compare}). The hypothesis comes from {@code -i} or
 * standard input ({@link #stdin}, replaceable for tests).
 */
@Command(
    name = "chrf",
    mixinStandardHelpOptions = true,
    description = "chrF / chrF++ as sacreBLEU 2.6.0 computes it (version:2.6.0 = compatible).")
public final class ChrfCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin MtInputOptions io = new MtInputOptions();

  @Option(
      names = "--word-order",
      defaultValue = "0",
      paramLabel = "N",
      description = "Word n-gram order: 0 for chrF, 2 for chrF++ (default: ${DEFAULT-VALUE}).")
  int wordOrder;

  @Option(
      names = "--char-order",
      defaultValue = "6",
      paramLabel = "N",
      description = "Character n-gram order (default: ${DEFAULT-VALUE}).")
  int charOrder;

  @Option(
      names = "--beta",
      defaultValue = "2",
      paramLabel = "B",
      description = "Recall weight beta (default: ${DEFAULT-VALUE}).")
  int beta;

  @Option(
      names = {"-lc", "--lowercase"},
      description = "Case-insensitive chrF.")
  boolean lowercase;

  /** Where the hypothesis is read from when no {@code -i} is given. */
  public InputStream stdin = System.in;

  @Override
  public Integer call() {
    Chrf chrf = new Chrf(settings());
    List<List<String>> refs = io.readReferences();
    PrintWriter out = spec.commandLine().getOut();
    if (io.compare != null) {
      compare(chrf, refs, out);
    } else if (io.sentence) {
      List<String> hyps = io.readHypotheses(stdin, refs);
      List<String> segRefs = new ArrayList<>();
      for (int i = 0; i < hyps.size(); i++) {
        segRefs.clear();
        for (List<String> r : refs) {
          segRefs.add(r.get(i));
        }
        ChrfScore s = chrf.sentenceScore(hyps.get(i), segRefs);
        out.println(io.json() ? json(s).replaceAll("\n *", " ") : s.formatWithSignature(io.width));
      }
    } else {
      ChrfScore s = chrf.corpusScore(io.readHypotheses(stdin, refs), refs);
      out.println(io.json() ? json(s) : s.format(io.width) + "\n" + s.signature());
    }
    out.flush();
    return 0;
  }

  private ChrfSettings settings() {
    io.check(spec.commandLine());
    try {
      return new ChrfSettings(charOrder, wordOrder, beta, lowercase, false);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void compare(Chrf chrf, List<List<String>> refs, PrintWriter out) {
    Path a = io.compare.get(0);
    Path b = io.compare.get(1);
    PairedBootstrapResult r =
        chrf.pairedBootstrap(
            io.readChecked(a, refs), io.readChecked(b, refs), refs,
            new PairedBootstrap(io.resamples, io.seed));
    String sig = BootstrapReport.signature(chrf.signature(refs.size()), r);
    out.println(
        io.json()
            ? BootstrapReport.json(chrf.name(), a.toString(), b.toString(), r, sig, io.width)
            : BootstrapReport.text(chrf.name(), a.toString(), b.toString(), r, sig, io.width));
  }

  /** sacreBLEU's JSON for chrF: name, score, signature, then the signature's fields. */
  private String json(ChrfScore s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("score", new PyJson.Raw(FixedPoint.pythonRoundedFloat(s.score(), io.width)));
    m.put("signature", s.signature());
    for (String part : s.signature().split("\\|")) {
      int colon = part.indexOf(':');
      m.put(part.substring(0, colon), part.substring(colon + 1));
    }
    return PyJson.write(m);
  }
}

package dev.s2s.cli;

import dev.s2s.baselines.ConllNerData;
import dev.s2s.baselines.CoreNlpCrfNer;
import dev.s2s.baselines.NerScoring;
import dev.s2s.baselines.TaggedSentence;
import dev.s2s.baselines.TaggingSpeed;
import dev.s2s.eval.conll.ChunkCounts;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.text.conll.TagScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s baseline crf-ner eval}: tags a CoNLL test file with a trained CRF, prints the
 * conlleval report and the tagging speed (after untimed warm-up passes; wall-clock and CPU time
 * of the tagging thread).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Tag a CoNLL test file, print the conlleval report and tokens/s.")
public final class CrfNerEvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL", description = "Trained model.")
  Path model;

  @Option(names = "--test", required = true, paramLabel = "FILE",
      description = "Test file: CoNLL-2003 4 columns or 2 (token NER).")
  Path test;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (conlleval report) or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
      description = "Untimed tagging passes over the test file before the timed one (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--input-scheme", defaultValue = "iob2", paramLabel = "SCHEME",
      description = "Tag scheme of the test file: iob2, iob1 or io (default: ${DEFAULT-VALUE}).")
  String inputScheme;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format: unknown format '" + format + "', expected text or json");
    }
    if (warmup < 0) {
      throw new ParameterException(spec.commandLine(), "--warmup must be >= 0, got " + warmup);
    }
    List<TaggedSentence> gold = ConllNerData.read(test, TagScheme.parse(inputScheme, "--input-scheme"));
    CoreNlpCrfNer tagger = CoreNlpCrfNer.load(model);
    TaggingSpeed.Timed<List<List<String>>> run =
        TaggingSpeed.ofTagger(tagger, ConllNerData.tokens(gold), warmup);
    ConllResult result = NerScoring.score(gold, run.value());
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(PyJson.write(json(result, run.speed())));
    } else {
      out.print(result.report());
      out.println(speedLine(run.speed()));
    }
    out.flush();
    return 0;
  }

  static String speedLine(TaggingSpeed s) {
    return String.format(Locale.ROOT,
        "tagging: %d tokens in %.3f s wall (%.0f tokens/s), %.3f s CPU (%.0f tokens/CPU-s)",
        s.tokens(), s.wallSeconds(), s.tokensPerSecond(), s.cpuSeconds(), s.tokensPerCpuSecond());
  }

  private Map<String, Object> json(ConllResult r, TaggingSpeed s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", model.toString());
    m.put("test", test.toString());
    m.put("tokens", raw("%d", r.tokens()));
    m.put("accuracy", raw("%.2f", r.accuracy()));
    m.putAll(counts(r.overall()));
    Map<String, Object> types = new LinkedHashMap<>();
    for (String t : r.reportTypes()) {
      types.put(t, counts(r.byType().get(t)));
    }
    m.put("by_type", types);
    m.put("tokens_per_second", raw("%.1f", s.tokensPerSecond()));
    m.put("wall_seconds", raw("%.3f", s.wallSeconds()));
    m.put("cpu_seconds", raw("%.3f", s.cpuSeconds()));
    m.put("tokens_per_cpu_second", raw("%.1f", s.tokensPerCpuSecond()));
    m.put("warmup_passes", raw("%d", warmup));
    return m;
  }

  private static Map<String, Object> counts(ChunkCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", raw("%.2f", c.precision()));
    m.put("recall", raw("%.2f", c.recall()));
    m.put("f1", raw("%.2f", c.f1()));
    m.put("gold", raw("%d", c.gold()));
    m.put("found", raw("%d", c.found()));
    m.put("correct", raw("%d", c.correct()));
    return m;
  }

  private static PyJson.Raw raw(String fmt, Object v) {
    return new PyJson.Raw(String.format(Locale.ROOT, fmt, v));
  }
}

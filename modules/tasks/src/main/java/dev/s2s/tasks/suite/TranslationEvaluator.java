package dev.s2s.tasks.suite;

import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuScore;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.chrf.Chrf;
import dev.s2s.eval.chrf.ChrfScore;
import dev.s2s.eval.chrf.ChrfSettings;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.tasks.TrainedSystems;
import dev.s2s.tasks.TranslationSystem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Translates each parallel test set's source side and scores the output against its one raw
 * reference with sacreBLEU-identical BLEU (13a, mixed case, exp smoothing) and chrF2. A system is
 * scored only on test sets whose source is its source language and whose target it has a decoder
 * for.
 */
final class TranslationEvaluator implements TaskEvaluator {
  /** The BLEU settings of every suite: sacreBLEU's defaults. */
  static final BleuSettings BLEU = BleuSettings.defaults();
  /** The chrF settings of every suite: sacreBLEU's chrF2 defaults. */
  static final ChrfSettings CHRF = ChrfSettings.chrf();

  private final List<SuiteMetric> metrics;
  private final TestSetCache cache;

  TranslationEvaluator(List<SuiteMetric> metrics, TestSetCache cache) {
    this.metrics = List.copyOf(metrics);
    this.cache = cache;
  }

  @Override
  public LoadedSystem load(TrainedSystems systems, Path runDirectory, DecodingConfig decoding) {
    TranslationSystem system = systems.translator(runDirectory, decoding);
    return new LoadedSystem() {
      @Override
      public String skipReason(TestSetSpec t) {
        return TranslationEvaluator.skipReason(system, t);
      }

      @Override
      public ResultRow evaluate(String model, TestSetSpec t, LongSupplier nanoTime) {
        return TranslationEvaluator.this.evaluate(system, model, t, nanoTime);
      }
    };
  }

  static String skipReason(TranslationSystem system, TestSetSpec t) {
    if (!system.sourceLanguage().equals(t.source())) {
      return "its source language is '" + system.sourceLanguage() + "', the test set's is '" + t.source() + "'";
    }
    if (!system.targetLanguages().contains(t.target())) {
      return "it has no decoder for '" + t.target() + "' (it translates into "
          + String.join(", ", system.targetLanguages()) + ")";
    }
    return null;
  }

  private ResultRow evaluate(TranslationSystem system, String model, TestSetSpec t, LongSupplier nanoTime) {
    TranslationTestSet data = cache.translation(t);
    long start = nanoTime.getAsLong();
    List<String> hyps = system.translate(data.sources(), t.target());
    long end = nanoTime.getAsLong();
    if (hyps.size() != data.sources().size()) {
      throw new IllegalStateException("model '" + model + "' returned " + hyps.size() + " translations for "
          + data.sources().size() + " source lines of test set '" + t.name() + "'");
    }
    List<List<String>> refs = List.of(data.references());
    Map<SuiteMetric, Double> scores = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    for (SuiteMetric m : metrics) {
      if (m == SuiteMetric.BLEU) {
        BleuScore b = new Bleu(BLEU).corpusScore(hyps, refs);
        scores.put(m, b.score());
        details.put("bleu", bleuDetails(b));
      } else if (m == SuiteMetric.CHRF) {
        ChrfScore c = new Chrf(CHRF).corpusScore(hyps, refs);
        scores.put(m, c.score());
        Map<String, Object> chrf = new LinkedHashMap<>(); // a fixed key order in results.json
        chrf.put("name", c.name());
        chrf.put("score", c.score());
        chrf.put("signature", c.signature());
        details.put("chrf", chrf);
      } else {
        throw new IllegalStateException("metric " + m + " in a translation suite");
      }
    }
    String text = hyps.isEmpty() ? "" : String.join("\n", hyps) + "\n";
    return new ResultRow(model, t.name(), RowStatus.OK, scores, TaskEvaluator.seconds(start, end),
        data.sourceTokens(), details, text);
  }

  private static Map<String, Object> bleuDetails(BleuScore b) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("score", b.score());
    d.put("signature", b.signature());
    d.put("verbose", b.verbose());
    d.put("bp", b.bp());
    d.put("ratio", b.ratio());
    d.put("hyp_len", b.sysLen());
    d.put("ref_len", b.refLen());
    return d;
  }
}

package dev.s2s.tasks.suite;

import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.chrf.Chrf;

/** What each metric's numbers are comparable with: scorer signatures and counting conventions. */
final class MetricSignatures {
  private MetricSignatures() {}

  /** The signature of {@code metric} as every suite computes it (one reference per segment). */
  static String of(SuiteMetric metric) {
    return switch (metric) {
      case BLEU -> new Bleu(TranslationEvaluator.BLEU).signature(1);
      case CHRF -> {
        Chrf chrf = new Chrf(TranslationEvaluator.CHRF);
        yield chrf.name() + " " + chrf.signature(1);
      }
      case F1 -> TaggingEvaluator.SIGNATURE;
      case PERPLEXITY -> LmEvaluator.CONVENTION;
    };
  }
}

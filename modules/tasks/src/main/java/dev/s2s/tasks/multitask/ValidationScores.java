package dev.s2s.tasks.multitask;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One validation of the multi-task model.
 *
 * @param bleu dev BLEU per target language (greedy decoding; empty without translation dev data)
 * @param f1 dev span F1 in percent (conlleval), NaN without tagging dev data
 * @param score the selection metric: the mean over the evaluated tasks of (mean BLEU) and F1
 */
record ValidationScores(Map<String, Double> bleu, double f1, double score) {
  /** Mean BLEU over the targets, NaN when none was evaluated. */
  double meanBleu() {
    return bleu.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The metrics.csv columns: bleu, f1, score, then bleu_&lt;lang&gt; per target. */
  Map<String, Double> columns() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("bleu", meanBleu());
    m.put("f1", f1);
    m.put("score", score);
    bleu.forEach((lang, b) -> m.put("bleu_" + lang, b));
    return m;
  }
}

package dev.s2s.tasks.multitask;

import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.experiment.config.DecodingConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.translation.TranslationModels;
import dev.s2s.text.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Scores the model on the dev splits: BLEU per target language with greedy decoding (sacreBLEU
 * defaults against the raw references, as the translation task validates) and span F1 of the
 * tagging dev set (conlleval). The selection score averages (mean BLEU) and F1 (both 0..100) over
 * the tasks that are evaluated.
 */
final class MultiTaskValidation {
  private static final Logger LOG = LogManager.getLogger(MultiTaskValidation.class);
  /** Greedy search as the translation task uses for dev BLEU. */
  private static final SearchConfig GREEDY = TranslationModels.search(new DecodingConfig(1, 0.0, 1.5, 10), 1, 1);

  private final TranslationConfig tc;
  private final ParallelText translationDev;
  private final List<TaggedSentence> taggingDev;
  private final Map<String, Vocabulary> vocabs;
  private final Map<String, LanguageText> texts;
  private final EntityTagSet tags;
  private final int batchSize;
  private final boolean scoreBleu;
  private final boolean scoreF1;

  /**
   * @param translationDev null to skip BLEU
   * @param taggingDev null to skip F1
   * @param scoreBleu whether BLEU enters the selection score (false when translation is not trained)
   * @param scoreF1 whether F1 enters the selection score (false when tagging is not trained)
   */
  MultiTaskValidation(TranslationConfig tc, ParallelText translationDev, List<TaggedSentence> taggingDev,
      Map<String, Vocabulary> vocabs, Map<String, LanguageText> texts, EntityTagSet tags, int batchSize,
      boolean scoreBleu, boolean scoreF1) {
    this.scoreBleu = scoreBleu;
    this.scoreF1 = scoreF1;
    this.tc = tc;
    this.translationDev = translationDev;
    this.taggingDev = taggingDev;
    this.vocabs = vocabs;
    this.texts = texts;
    this.tags = tags;
    this.batchSize = batchSize;
  }

  boolean hasDevData() {
    return translationDev != null || taggingDev != null;
  }

  ValidationScores evaluate(MultiTaskModel model, SourceIds ids) {
    Map<String, Double> bleu = new LinkedHashMap<>();
    if (translationDev != null) {
      for (String t : tc.targets()) {
        List<String> hyps = TranslationDecoding.translate(
            model.translation(), ids, translationDev.tokens().get(tc.source()), t, vocabs.get(t), texts.get(t), GREEDY);
        bleu.put(t, new Bleu(BleuSettings.defaults()).corpusScore(hyps, List.of(translationDev.raw().get(t))).score());
      }
    }
    double f1 = taggingDev == null ? Double.NaN : f1(model, ids);
    List<Double> parts = new ArrayList<>();
    if (scoreBleu && !bleu.isEmpty()) {
      parts.add(bleu.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
    if (scoreF1 && !Double.isNaN(f1)) {
      parts.add(f1);
    }
    double score = parts.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    ValidationScores s = new ValidationScores(bleu, f1, score);
    LOG.info("dev BLEU {} (mean {}), dev span F1 {}, score {}", bleu, fmt(s.meanBleu()), fmt(f1), fmt(score));
    return s;
  }

  private double f1(MultiTaskModel model, SourceIds ids) {
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    taggingDev.forEach(s -> {
      tokens.add(s.tokens());
      gold.add(s.tags());
    });
    List<List<String>> predicted =
        TagPrediction.tags(model.tagger(), ids, tags, tokens, batchSize, model.translation().dataType());
    return new ConllEval(ConllOptions.defaults()).evaluateTags(gold, predicted).overall().f1();
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}

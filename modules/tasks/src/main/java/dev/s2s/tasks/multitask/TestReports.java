package dev.s2s.tasks.multitask;

import dev.s2s.common.AtomicFiles;
import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuScore;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.chrf.Chrf;
import dev.s2s.eval.chrf.ChrfSettings;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.tagging.DocumentConsistency;
import dev.s2s.tasks.tagging.TaggedDocuments;
import dev.s2s.tasks.translation.TranslationModels;
import dev.s2s.text.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Scores the (best) model on the test splits: {@code test-scores.txt} with BLEU (with signature)
 * and chrF per target language, beam search with the config's {@code decoding} section, as the
 * translation task writes it (plus {@code test-hyps.<lang>.txt}); {@code test-tagging.txt} with the
 * conlleval report of the tagging test split (its tags made consistent per document when {@code
 * decoding.consistency} says so).
 */
final class TestReports {
  private static final Logger LOG = LogManager.getLogger(TestReports.class);

  private TestReports() {}

  static void translation(ExperimentConfig cfg, MultiTaskModel model, SourceIds ids, Map<String, Vocabulary> vocabs,
      Map<String, LanguageText> texts, RunDirectory dir) {
    TranslationConfig tc = cfg.translation();
    ParallelText test = ParallelText.read(tc.test(), tc, texts);
    StringBuilder report = new StringBuilder();
    for (String t : tc.targets()) {
      long start = System.nanoTime();
      List<String> hyps = TranslationDecoding.translate(model.translation(), ids, test.tokens().get(tc.source()), t,
          vocabs.get(t), texts.get(t), TranslationModels.search(cfg.decoding(), 0, 1));
      double seconds = (System.nanoTime() - start) / 1e9;
      List<String> refs = test.raw().get(t);
      AtomicFiles.writeString(dir.file("test-hyps." + t + ".txt"), String.join("\n", hyps) + "\n");
      BleuScore bleu = new Bleu(BleuSettings.defaults()).corpusScore(hyps, List.of(refs));
      double chrf = new Chrf(ChrfSettings.chrf()).corpusScore(hyps, List.of(refs)).score();
      report.append(String.format("%s->%s  %s%n", tc.source(), t, bleu.formatWithSignature(2)));
      report.append(String.format("%s->%s  chrF2 = %.2f  (%d sentences in %.1f s)%n", tc.source(), t, chrf, hyps.size(), seconds));
      LOG.info("test {}->{}: BLEU {} chrF {}", tc.source(), t, String.format("%.2f", bleu.score()), String.format("%.2f", chrf));
    }
    AtomicFiles.writeString(MultiTaskRunFiles.testScores(dir), report.toString());
  }

  static void tagging(List<List<TaggedSentence>> testDocuments, MultiTaskModel model, SourceIds ids, EntityTagSet tags,
      int batchSize, TagConsistency consistency, RunDirectory dir) {
    TaggedDocuments test = TaggedDocuments.of(testDocuments);
    List<List<String>> predicted = DocumentConsistency.apply(consistency, test.tokens(),
        TagPrediction.tags(model.tagger(), ids, tags, test.tokens(), batchSize, model.translation().dataType()),
        test.documentStarts());
    ConllResult result = new ConllEval(ConllOptions.defaults()).evaluateTags(test.gold(), predicted);
    AtomicFiles.writeString(MultiTaskRunFiles.testTagging(dir), result.report());
    LOG.info("test tagging: span F1 {}", String.format("%.2f", result.overall().f1()));
  }
}

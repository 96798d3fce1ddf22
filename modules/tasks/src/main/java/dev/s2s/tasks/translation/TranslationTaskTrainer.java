package dev.s2s.tasks.translation;

import dev.s2s.common.AtomicFiles;
import dev.s2s.eval.bleu.Bleu;
import dev.s2s.eval.bleu.BleuScore;
import dev.s2s.eval.bleu.BleuSettings;
import dev.s2s.eval.chrf.Chrf;
import dev.s2s.eval.chrf.ChrfSettings;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.plot.LearningCurve;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.search.Hypothesis;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.SpecialTokens;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.neural.train.SentencePair;
import dev.s2s.neural.train.Seq2SeqTrainer;
import dev.s2s.neural.train.StopReason;
import dev.s2s.neural.train.TrainerConfig;
import dev.s2s.tasks.AlignedSentences;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.tasks.TaskTrainer;
import dev.s2s.text.subword.BpeCodes;
import dev.s2s.text.vocab.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The Trainer role of translation: reads and tokenizes the config's corpora, builds one
 * vocabulary per language, trains the shared-encoder model with teacher forcing (batches of the
 * target languages interleaved by their weights), validates by dev BLEU (greedy, sacreBLEU-identical
 * scorer, mean over target languages), keeps the best checkpoint, and finally scores the test split
 * with beam search into {@code test-scores.txt}.
 */
public final class TranslationTaskTrainer implements TaskTrainer {
  private static final Logger LOG = LogManager.getLogger(TranslationTaskTrainer.class);

  @Override
  public void train(TrainingRun run, boolean resume) {
    ExperimentConfig cfg = run.config();
    TranslationConfig tc = cfg.requireTranslation("train");
    RunDirectory dir = run.directory();
    Map<String, LanguageText> text = NeuralTranslationSystem.texts(cfg);
    TokenizedCorpus train = TokenizedCorpus.of(AlignedSentences.read(tc.train(), tc.source(), tc.targets()), text);
    LOG.info("{} training sentence pairs", train.raw().get(tc.source()).size());
    if (cfg.vocab().bpeMerges() > 0) {
      Map<String, BpeCodes> codes = resume
          ? TranslationSubwords.load(tc.languages(), dir)
          : TranslationSubwords.learn(train, cfg.vocab().bpeMerges());
      TranslationSubwords.save(codes, dir);
      text = TranslationSubwords.apply(text, codes);
      train = train.segmented(codes);
    }
    Map<String, Vocabulary> vocabs =
        resume ? TranslationVocabularies.load(tc, dir) : TranslationVocabularies.build(train.tokens(), cfg.vocab());
    TranslationVocabularies.save(vocabs, dir);
    vocabs.forEach((lang, v) -> LOG.info("vocabulary {}: {} types", lang, v.size()));
    Seq2SeqModel model = TranslationModels.create(cfg, vocabs);
    LOG.info("model: {} parameters in {} tensors: {}", model.params().count(), model.params().size(), model.paramList());
    if (cfg.training().emaDecay() > 0) {
      LOG.info("validation, checkpoints and decoding use moving averages of the parameters (decay {})",
          cfg.training().emaDecay());
    }
    NeuralTranslationSystem system = new NeuralTranslationSystem(model, tc.source(), vocabs, text, cfg.decoding());
    TokenizedCorpus dev = tc.dev() == null ? null : TokenizedCorpus.of(AlignedSentences.read(tc.dev(), tc.source(), tc.targets()), text);
    if (dev != null) {
      LOG.info("{} dev sentence pairs", dev.raw().get(tc.source()).size());
    }
    Map<String, List<SentencePair>> trainPairs = pairs(train, tc, vocabs);
    TranslationTrainingListener listener = new TranslationTrainingListener(run, cfg.training());
    Seq2SeqTrainer trainer =
        new Seq2SeqTrainer(
            model, trainPairs, specials(tc), trainerConfig(cfg, dir, dev == null ? 0 : stepsPerEpoch(trainPairs, cfg)),
            dev == null ? null : (m, step) -> devBleu(system, dev, tc), listener);
    if (resume) {
      trainer.resume(dir.checkpointsDir().resolve("last.ckpt"));
    }
    StopReason reason;
    try (listener) {
      reason = trainer.train();
    }
    LOG.info("training stopped: {}", reason);
    writeLearningCurve(dir, dev != null);
    loadDecodingWeights(dir, model);
    if (tc.test() != null) {
      writeTestScores(system, tc, text, dir);
    }
  }

  /**
   * Puts the weights that test decoding uses into the model: those of the best checkpoint, else
   * (no dev set) the moving averages of the last one where training kept them; otherwise the
   * model's own parameters are those of the last checkpoint already.
   */
  private static void loadDecodingWeights(RunDirectory dir, Seq2SeqModel model) {
    Path best = dir.bestCheckpointFile();
    Path last = dir.checkpointsDir().resolve("last.ckpt");
    if (Files.isRegularFile(best)) {
      Checkpoint.loadParams(best, model.params());
    } else if (Files.isRegularFile(last) && Checkpoint.hasAverages(last)) { // else the model holds them already
      Checkpoint.loadParams(last, model.params());
    }
  }

  /** Updates in one pass over every language's pairs. */
  private static long stepsPerEpoch(Map<String, List<SentencePair>> pairs, ExperimentConfig cfg) {
    long steps = 0;
    for (List<SentencePair> p : pairs.values()) {
      steps += (p.size() + cfg.training().batchSize() - 1) / cfg.training().batchSize();
    }
    return steps;
  }

  /** @param validateEvery 0 = no validation (no dev set) */
  private static TrainerConfig trainerConfig(ExperimentConfig cfg, RunDirectory dir, long epochSteps) {
    TrainingConfig t = cfg.training();
    int validateEvery = epochSteps == 0 ? 0 : (int) (t.validateEvery() > 0 ? t.validateEvery() : epochSteps);
    return new TrainerConfig(
        t.batchSize(), 20, t.learningRate(), NeuralSettings.clipMode(t.clip()), t.clip().value(), t.maxSteps(),
        t.maxEpochs(), validateEvery, 0, t.earlyStopping().patience(), t.lrDecay().factor(),
        t.lrDecay().patience(), t.learningRate() / 64, true, cfg.seed(), dir.checkpointsDir(),
        cfg.translation().weights(), t.maxMinutes() * 60, t.batchShards(), t.labelSmoothing(), t.lrDecay().threshold(),
        t.emaDecay());
  }

  private static Map<String, List<SentencePair>> pairs(
      TokenizedCorpus corpus, TranslationConfig tc, Map<String, Vocabulary> vocabs) {
    List<List<String>> src = corpus.tokens().get(tc.source());
    Map<String, List<SentencePair>> byLang = new LinkedHashMap<>();
    for (String t : tc.targets()) {
      List<List<String>> tgt = corpus.tokens().get(t);
      List<SentencePair> pairs = new ArrayList<>(src.size());
      for (int i = 0; i < src.size(); i++) {
        if (!src.get(i).isEmpty() && !tgt.get(i).isEmpty()) {
          pairs.add(new SentencePair(NeuralTranslationSystem.withEos(vocabs.get(tc.source()).ids(src.get(i))), vocabs.get(t).ids(tgt.get(i))));
        }
      }
      byLang.put(t, pairs);
    }
    return byLang;
  }

  private static Map<String, SpecialTokens> specials(TranslationConfig tc) {
    Map<String, SpecialTokens> m = new LinkedHashMap<>();
    tc.targets().forEach(t -> m.put(t, TranslationModels.SPECIALS));
    return m;
  }

  /** Mean dev BLEU over the target languages, greedy decoding. */
  static double devBleu(NeuralTranslationSystem system, TokenizedCorpus dev, TranslationConfig tc) {
    double sum = 0;
    for (String t : tc.targets()) {
      List<List<Hypothesis>> hyps =
          system.decodeTokens(dev.tokens().get(tc.source()), t, TranslationModels.search(
              new dev.s2s.experiment.config.DecodingConfig(1, 0.0, 1.5, 10), 1, 1));
      List<String> out = new ArrayList<>();
      for (List<Hypothesis> h : hyps) {
        out.add(h.isEmpty() ? "" : system.detokenize(h.get(0), t));
      }
      double bleu = new Bleu(BleuSettings.defaults()).corpusScore(out, List.of(dev.raw().get(t))).score();
      LOG.info("dev BLEU {}: {}", t, String.format("%.2f", bleu));
      sum += bleu;
    }
    return sum / tc.targets().size();
  }

  private static void writeLearningCurve(RunDirectory dir, boolean validated) {
    if (validated && Files.isRegularFile(dir.metricsFile())) {
      LearningCurve.write(dir, "bleu");
    }
  }

  private static void writeTestScores(
      NeuralTranslationSystem system, TranslationConfig tc, Map<String, LanguageText> text, RunDirectory dir) {
    AlignedSentences test = AlignedSentences.read(tc.test(), tc.source(), tc.targets());
    StringBuilder report = new StringBuilder();
    for (String t : tc.targets()) {
      long start = System.nanoTime();
      List<String> hyps = system.translate(test.sentences(tc.source()), t);
      double seconds = (System.nanoTime() - start) / 1e9;
      AtomicFiles.writeString(dir.file("test-hyps." + t + ".txt"), String.join("\n", hyps) + "\n");
      BleuScore bleu = new Bleu(BleuSettings.defaults()).corpusScore(hyps, List.of(test.sentences(t)));
      double chrf = new Chrf(ChrfSettings.chrf()).corpusScore(hyps, List.of(test.sentences(t))).score();
      report.append(String.format("%s->%s  %s%n", tc.source(), t, bleu.formatWithSignature(2)));
      report.append(String.format("%s->%s  chrF2 = %.2f  (%d sentences in %.1f s)%n", tc.source(), t, chrf, hyps.size(), seconds));
      LOG.info("test {}->{}: BLEU {} chrF {}", tc.source(), t, String.format("%.2f", bleu.score()), String.format("%.2f", chrf));
    }
    AtomicFiles.writeString(dir.file("test-scores.txt"), report.toString());
  }
}

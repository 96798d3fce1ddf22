package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.Split;
import dev.s2s.experiment.config.TaggingConfig;
import dev.s2s.experiment.config.TranslationConfig;
import dev.s2s.experiment.plot.LearningCurve;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.train.SentencePair;
import dev.s2s.tasks.LanguageText;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.tasks.TaskTrainer;
import dev.s2s.tasks.tagging.TaggingCorpus;
import dev.s2s.text.vocab.Vocabulary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The trainer of a config with both a {@code translation} and a {@code tagging} section: one shared
 * source encoder feeding a decoder per target language and a tagging head ({@code tagging.head}:
 * crf or softmax). It builds the joint source vocabulary (tokenized translation source plus tagging
 * training tokens) and the target vocabularies, trains the tasks together ({@link MultiTaskLoop}:
 * each update samples a task by {@code translation.weights} and {@code tagging.weight}), validates by
 * dev BLEU and dev span F1, keeps the best model ({@link MultiTaskRunFiles}), writes metrics.csv and
 * the learning curve (of the selection score), and finally scores the test splits with the best
 * model. The run directory loads as a translator ({@code NeuralTranslationSystem.load}) and as a
 * tagger ({@link MultiTaskTagger#load}). With {@code resume} it continues exactly from {@code
 * checkpoints/last-multitask.ckpt}. The tagging head reads word-level encoder states only: {@code
 * tagging.char_features} and {@code casing_features} are not used by this model.
 */
public final class MultiTaskTrainer implements TaskTrainer {
  private static final Logger LOG = LogManager.getLogger(MultiTaskTrainer.class);

  private final PrintStream terminal;
  private final Map<String, Double> weightOverrides;

  /** A trainer whose interactive progress bar goes to {@code System.err}. */
  public MultiTaskTrainer() {
    this(System.err, Map.of());
  }

  /**
   * @param terminal where an interactive progress bar is drawn
   * @param weightOverrides task weights replacing the config's, by task name ("tagging",
   *     "translation.&lt;lang&gt;"); 0 leaves a task out (for ablations)
   */
  MultiTaskTrainer(PrintStream terminal, Map<String, Double> weightOverrides) {
    this.terminal = terminal;
    this.weightOverrides = Map.copyOf(weightOverrides);
  }

  @Override
  public void train(TrainingRun run, boolean resume) {
    Prepared p = prepare(run, resume);
    try (TrainingProgress progress =
        TrainingProgress.create("train " + run.config().name(), p.loop().expectedSteps(), terminal)) {
      p.loop().run(progress);
    }
    RunDirectory dir = run.directory();
    if (Files.isRegularFile(dir.metricsFile())) {
      LearningCurve.write(dir, "score");
    }
    p.model().params().load(MultiTaskRunFiles.bestAll(dir));
    ExperimentConfig cfg = run.config();
    if (cfg.translation().test() != null) {
      TestReports.translation(cfg, p.model(), p.ids(), p.vocabs(), p.texts(), dir);
    }
    if (cfg.tagging().test() != null) {
      TestReports.tagging(TaggingCorpus.readDocuments(cfg.tagging().test()), p.model(), p.ids(), p.tags(),
          cfg.training().batchSize(), cfg.decoding().consistency(), dir);
    }
  }

  /** Everything a training needs, built from the run's config (and its checkpoint on resume). */
  record Prepared(MultiTaskModel model, SourceIds ids, Map<String, Vocabulary> vocabs, EntityTagSet tags,
      Map<String, LanguageText> texts, MultiTaskLoop loop) {}

  /**
   * The multi-task tagger reads only the shared encoder's states: the single-task tagger's word
   * features (characters, casing, word2vec initialisation) have no place there yet.
   */
  private static void warnUnusedTaggerFeatures(TaggingConfig tg) {
    List<String> unused = new java.util.ArrayList<>();
    if (tg.charFeatures()) {
      unused.add("tagging.char_features");
    }
    if (tg.casingFeatures()) {
      unused.add("tagging.casing_features");
    }
    if (tg.word2vec() != null) {
      unused.add("tagging.word2vec");
    }
    if (!unused.isEmpty()) {
      LOG.warn("{} not used in multi-task training: the tagging head reads the shared encoder's states only"
          + " (set char_features/casing_features to false to silence this)", String.join(", ", unused));
    }
  }

  Prepared prepare(TrainingRun run, boolean resume) {
    ExperimentConfig cfg = run.config();
    TranslationConfig tc = cfg.requireTranslation("train");
    TaggingConfig tg = cfg.requireTagging("train");
    RunDirectory dir = run.directory();
    warnUnusedTaggerFeatures(tg);
    Map<String, LanguageText> texts = ParallelText.texts(cfg);
    ParallelText train = ParallelText.read(cfg.requireData(tc, Split.TRAIN, "train"), tc, texts);
    List<TaggedSentence> tagTrain = TaggingCorpus.read(cfg.requireData(tg, Split.TRAIN, "train"));
    boolean fromCheckpoint = resume && Files.isRegularFile(MultiTaskRunFiles.last(dir));
    if (resume && !fromCheckpoint) {
      LOG.warn("--resume: {} has no {} yet; starting from the beginning", dir, MultiTaskRunFiles.last(dir));
    }
    Map<String, Vocabulary> vocabs = fromCheckpoint
        ? MultiTaskVocabularies.load(tc, dir) : MultiTaskVocabularies.build(cfg, train.tokens(), tagTrain);
    EntityTagSet tags = fromCheckpoint ? MultiTaskVocabularies.loadTags(dir)
        : MultiTaskVocabularies.tags(tagTrain, NeuralSettings.tagFormat(tg.tagFormat()));
    if (!fromCheckpoint) {
      MultiTaskVocabularies.save(vocabs, tags, dir);
    }
    vocabs.forEach((lang, v) -> LOG.info("vocabulary {}: {} types", lang, v.size()));
    MultiTaskModel model = MultiTaskModel.create(cfg, vocabs, tags);
    SourceIds ids = new SourceIds(vocabs.get(tc.source()), cfg.text().lowercase());
    TaskSchedule schedule = new TaskSchedule(tasks(cfg, train, tagTrain, ids, vocabs, tags), cfg.training().batchSize(), cfg.seed());
    boolean tagging = schedule.tasks().stream().anyMatch(TrainingTask::isTagging);
    boolean translation = schedule.tasks().stream().anyMatch(t -> !t.isTagging());
    MultiTaskValidation validation = new MultiTaskValidation(tc,
        tc.dev() == null ? null : ParallelText.read(tc.dev(), tc, texts),
        tg.dev() == null ? null : TaggingCorpus.read(tg.dev()), vocabs, texts, tags, cfg.training().batchSize(),
        translation, tagging);
    LOG.info("multi-task model: {} parameters; tasks {}; tags {}", model.params().count(),
        schedule.tasks().stream().map(t -> t.name() + " (" + t.data().size() + " examples, weight " + t.weight() + ")").toList(),
        tags.tags());
    MultiTaskLoop loop = new MultiTaskLoop(run, cfg.seed(), model, ids, schedule, validation, System::nanoTime);
    if (fromCheckpoint) {
      loop.resume();
    }
    return new Prepared(model, ids, vocabs, tags, texts, loop);
  }

  private List<TrainingTask> tasks(ExperimentConfig cfg, ParallelText train, List<TaggedSentence> tagTrain,
      SourceIds ids, Map<String, Vocabulary> vocabs, EntityTagSet tags) {
    TranslationConfig tc = cfg.translation();
    List<TrainingTask> tasks = new ArrayList<>();
    List<List<String>> src = train.tokens().get(tc.source());
    for (String t : tc.targets()) {
      List<List<String>> tgt = train.tokens().get(t);
      List<SentencePair> pairs = new ArrayList<>();
      for (int i = 0; i < src.size(); i++) {
        if (!src.get(i).isEmpty() && !tgt.get(i).isEmpty()) {
          pairs.add(new SentencePair(ids.translationSource(src.get(i)), vocabs.get(t).ids(tgt.get(i))));
        }
      }
      addIfWeighted(tasks, TrainingTask.translation(t, weight("translation." + t, tc.weights().get(t)), pairs));
    }
    List<SentencePair> tagged = new ArrayList<>();
    for (TaggedSentence s : tagTrain) {
      int[] gold = tags.encode(s.tags());
      tagged.add(new SentencePair(ids.taggingTokens(s.tokens()), gold));
    }
    addIfWeighted(tasks, TrainingTask.tagging(weight(TrainingTask.TAGGING, cfg.tagging().weight()), tagged));
    return tasks;
  }

  private double weight(String task, double configured) {
    return weightOverrides.getOrDefault(task, configured);
  }

  private static void addIfWeighted(List<TrainingTask> tasks, TrainingTask task) {
    if (task.weight() > 0 && !task.data().isEmpty()) {
      tasks.add(task);
    } else {
      LOG.info("task {} is not trained (weight {}, {} examples)", task.name(), task.weight(), task.data().size());
    }
  }
}

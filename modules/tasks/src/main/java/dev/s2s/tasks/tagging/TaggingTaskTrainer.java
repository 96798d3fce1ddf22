package dev.s2s.tasks.tagging;

import dev.s2s.common.AtomicFiles;
import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.ClipMode;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.Split;
import dev.s2s.experiment.config.StoppingMetric;
import dev.s2s.experiment.config.TagConsistency;
import dev.s2s.experiment.config.TaggingConfig;
import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.embed.Word2VecVectors;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerConfig;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.tasks.TaskTrainer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The trainer of the tagging task: reads {@code tagging.train} / {@code dev} / {@code test} (CoNLL,
 * converted to IOB2), builds and saves the tagger vocabulary ({@link TaggingRunFiles}), builds the
 * {@link TaggerModel} of {@link TaggerArchitecture}, trains it with early stopping on dev span F1
 * ({@link TaggerTrainingLoop}), and finally tags the test split with the best parameters and writes
 * its conlleval report to {@code test-report.txt}. The test tags are made consistent per document
 * first when {@code decoding.consistency} says so ({@link DocumentConsistency}); early stopping
 * scores the dev tags as the model predicts them. With {@code resume} it continues exactly from
 * the latest step checkpoint (parameters, Adam moments, counters, learning rate; data order and
 * dropout are functions of the seed and the counters). The early-stopping metric is always the dev
 * span F1 (a config asking for another metric gets a warning).
 */
public final class TaggingTaskTrainer implements TaskTrainer {
  private static final Logger LOG = LogManager.getLogger(TaggingTaskTrainer.class);
  /** Parameter data type of the tagger. */
  public static final DataType DATA_TYPE = DataType.FLOAT;

  private final PrintStream terminal;

  /** @param terminal where an interactive progress bar is drawn (the command's stderr) */
  public TaggingTaskTrainer(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** A trainer whose interactive progress bar goes to {@code System.err}. */
  public TaggingTaskTrainer() {
    this(System.err);
  }

  @Override
  public void train(TrainingRun run, boolean resume) {
    ExperimentConfig config = run.config();
    TaggingConfig tagging = config.requireTagging("train");
    TrainingConfig training = config.training();
    if (training.earlyStopping().metric() != StoppingMetric.F1) {
      LOG.warn("tagging early-stops on dev span F1; training.early_stopping.metric '{}' is not used for it",
          training.earlyStopping().metric());
    }
    if (!config.model().bidirectional()) {
      LOG.warn("model.bidirectional is false, but the tagger's encoder is always bidirectional");
    }
    List<TaggedSentence> train = TaggingCorpus.read(config.requireData(tagging, Split.TRAIN, "train"));
    List<List<TaggedSentence>> dev = tagging.dev() == null ? null : TaggingCorpus.readDocuments(tagging.dev());
    if (dev == null) {
      LOG.warn("no tagging.dev: no early stopping; best.ckpt is the last validated model");
    }
    RunDirectory dir = run.directory();
    Optional<Path> checkpoint = resume ? dir.latestCheckpoint() : Optional.empty();
    if (resume && checkpoint.isEmpty()) {
      LOG.warn("--resume: {} has no step checkpoint yet; starting from the beginning", dir);
    }
    TaggerConfig architecture = TaggerArchitecture.of(config);
    Word2VecVectors vectors = checkpoint.isEmpty() && tagging.word2vec() != null
        ? WordVectorTraining.train(tagging.word2vec(), architecture.wordDim(), config.text().lowercase(), config.seed())
        : null;
    TaggerVocab vocab = checkpoint.isPresent() ? TaggerVocab.load(TaggingRunFiles.vocabulary(dir))
        : TaggerVocabularyBuilder.build(train, config.vocab(), config.text().lowercase(),
            vectors == null ? List.of() : vectors.wordsByFrequency(), NeuralSettings.tagFormat(tagging.tagFormat()));
    if (checkpoint.isEmpty()) {
      vocab.save(TaggingRunFiles.vocabulary(dir));
    }
    TaggerModel model = new TaggerModel(architecture, vocab, DATA_TYPE, config.seed());
    if (vectors != null) {
      int set = model.initialiseWordEmbeddings(vectors::vector);
      LOG.info("word2vec: {} of the tagger's {} words start from their word2vec vector", set, vocab.wordCount());
    }
    Adam adam = new Adam(model.params().list(), training.learningRate());
    TaggerTrainingState state = checkpoint
        .map(c -> TaggerCheckpoint.read(c, model.params(), adam))
        .orElseGet(() -> TaggerTrainingState.initial(training.learningRate()));
    LOG.info("tagger: {} training sentences, {} words, {} characters, tags {}, {} parameters, {}; starting at update {}",
        train.size(), vocab.wordCount(), vocab.charCount(), vocab.tags().tags(), model.params().count(),
        architecture, state.step());
    // model selection scores the model's own tags, as translation validates greedy output and tests with the beam
    SpanF1Validation validation = dev == null ? null
        : new SpanF1Validation(dev, training.batchSize());
    TaggerTrainingLoop loop = new TaggerTrainingLoop(
        run, model, train, validation, singletons(train, vocab), adam, state, System::nanoTime);
    long total = (long) training.maxEpochs()
        * BatchPlan.batchesPerEpoch(train.size(), training.batchSize(), TaggerTrainingLoop.POOL_BATCHES);
    if (training.maxSteps() > 0) {
      total = Math.min(total, training.maxSteps());
    }
    try (TrainingProgress progress = TrainingProgress.create("train " + config.name(), total, terminal)) {
      loop.run(progress);
    }
    if (!Files.isRegularFile(dir.bestCheckpointFile())) {
      throw new IllegalStateException("training ended without a best checkpoint in " + dir);
    }
    if (tagging.test() != null) {
      evaluateTest(dir, model, TaggingCorpus.readDocuments(tagging.test()), training.batchSize(),
          config.decoding().consistency());
    }
  }

  /**
   * Loads the best parameters, tags the test split (made consistent per document when {@code
   * consistency} says so; the log gives the F1 of the model's own tags too) and writes its conlleval
   * report.
   */
  private static void evaluateTest(RunDirectory dir, TaggerModel model, List<List<TaggedSentence>> test, int batchSize,
      TagConsistency consistency) {
    model.params().load(dir.bestCheckpointFile());
    SpanF1Validation validation = new SpanF1Validation(test, batchSize);
    long start = System.nanoTime();
    List<List<String>> predicted = validation.tag(model);
    ConllResult result = validation.score(predicted, consistency);
    double seconds = (System.nanoTime() - start) / 1e9;
    AtomicFiles.writeString(TaggingRunFiles.testReport(dir), result.report());
    LOG.info(String.format(Locale.ROOT, "tagger test: span F1 %.2f (%d sentences, %d tokens tagged in %.1f s, %.0f tokens/s); report %s",
        result.overall().f1(), validation.sentenceCount(), validation.tokenCount(), seconds, validation.tokenCount() / seconds,
        TaggingRunFiles.testReport(dir)));
    if (consistency != TagConsistency.NONE) {
      LOG.info(String.format(Locale.ROOT, "tagger test: span F1 %.2f with decoding.consistency %s, %.2f without",
          result.overall().f1(), consistency, validation.score(predicted, TagConsistency.NONE).overall().f1()));
    }
  }

  /** Ids of the words that occur exactly once in {@code train}. */
  static BitSet singletons(List<TaggedSentence> train, TaggerVocab vocab) {
    BitSet ids = new BitSet(vocab.wordCount());
    for (Map.Entry<String, Integer> e : TaggerVocabularyBuilder.wordCounts(train, vocab.lowercase()).entrySet()) {
      int id = vocab.wordId(e.getKey());
      if (e.getValue() == 1 && id != TaggerVocab.UNK_WORD) {
        ids.set(id);
      }
    }
    return ids;
  }

  /** The neural layer's clipping mode for the config's. */
  static dev.s2s.neural.nn.ClipMode clipMode(ClipMode mode) {
    return switch (mode) {
      case GLOBAL_NORM -> dev.s2s.neural.nn.ClipMode.GLOBAL_NORM;
      case LAYER_NORM -> dev.s2s.neural.nn.ClipMode.PER_PARAM_NORM;
      case VALUE -> dev.s2s.neural.nn.ClipMode.VALUE;
      case NONE -> dev.s2s.neural.nn.ClipMode.NONE;
    };
  }

}

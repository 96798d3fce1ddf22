package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.eval.Perplexity;
import dev.s2s.experiment.config.DataSpec;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.config.LmConfig;
import dev.s2s.experiment.config.OptimizerKind;
import dev.s2s.experiment.config.OutputKind;
import dev.s2s.experiment.config.Split;
import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.plot.LearningCurve;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.lm.RnnLanguageModel;
import dev.s2s.neural.lm.TokenStream;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.nn.Optimizer;
import dev.s2s.neural.nn.PlateauSchedule;
import dev.s2s.neural.nn.Sgd;
import dev.s2s.neural.train.Seeds;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.text.vocab.ClassBinning;
import dev.s2s.text.vocab.Vocabulary;
import dev.s2s.text.vocab.VocabularyFile;
import dev.s2s.text.vocab.VocabularyOptions;
import dev.s2s.text.vocab.WordClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains an RNN language model (kind rnn) into a run directory: vocabulary {@code vocab-lm.txt}
 * (with frequency-binned word classes for {@code model.output: class}), truncated BPTT over the
 * training text as one stream ({@link TokenStream}, {@code lm.bptt} steps, {@code
 * training.batch_size} parallel streams, state carried between segments and reset each epoch),
 * per-token loss, clipping per {@code training.clip}, Adam or SGD ({@code training.optimizer}),
 * learning-rate decay on a dev perplexity plateau or after every epoch from {@code
 * lr_decay.after_epoch} on, early stopping on dev perplexity, the {@code max_minutes} / {@code
 * max_steps} budgets; validation every {@code validate_every} updates (0 = at each epoch end), each
 * giving a metrics.csv row (dev_perplexity, learning_rate, tokens_per_second), a step checkpoint
 * (exact resume: parameters, moments, carried states, counters) and, on improvement, {@code
 * best.ckpt}. At the end the best model's test perplexity goes to {@code test-perplexity.txt}.
 */
final class RnnLmTraining {
  private static final Logger LOG = LogManager.getLogger(RnnLmTraining.class);

  private final TrainingRun run;
  private final RunDirectory dir;
  private final ExperimentConfig config;
  private final TrainingConfig tc;
  private final BiFunction<String, Long, TrainingProgress> progressFactory;

  RnnLmTraining(TrainingRun run, BiFunction<String, Long, TrainingProgress> progressFactory) {
    this.run = run;
    this.dir = run.directory();
    this.config = run.config();
    this.tc = config.training();
    this.progressFactory = progressFactory;
  }

  void train(boolean resume) {
    LmConfig lm = config.lm();
    Path trainFile = config.requireData(lm, Split.TRAIN, "train").file();
    Path devFile = config.requireData(lm, Split.DEV, "train").file();
    List<List<String>> trainText = LmText.read(trainFile, "lm.train");
    List<List<String>> devText = LmText.read(devFile, "lm.dev");
    VocabAndClasses vc = resume && Files.isRegularFile(LmRunFiles.vocabulary(dir))
        ? loadVocabulary() : buildVocabulary(trainText);
    RnnLanguageModel model = new RnnLanguageModel(
        RnnLmSpec.architecture(config, vc.vocab(), vc.classes()), TrainedRnnLm.DATA_TYPE, config.seed());
    LOG.info("rnn lm: {}, {} layer(s), hidden {}, embedding {}, vocabulary {}, output {}, {} parameters",
        RnnLmSpec.cellDescription(config.model()), config.model().layers(), config.model().hidden(),
        config.model().embedding(),
        vc.vocab().size(), RnnLmSpec.outputDescription(config.model()), model.params().count());
    TokenIds trainIds = TokenIds.of(trainText, vc.vocab(), "lm.train " + trainFile);
    TokenIds devIds = TokenIds.of(devText, vc.vocab(), "lm.dev " + devFile);
    if (trainIds.predictions() < tc.batchSize()) {
      throw new UserException("lm.train " + trainFile + ": " + trainIds.predictions() + " tokens cannot fill "
          + "training.batch_size = " + tc.batchSize() + " streams; use a smaller batch_size or more text");
    }
    TokenStream stream = new TokenStream(trainIds.ids(), tc.batchSize(), config.lm().bptt());
    new Loop(model, stream, devIds).run(resume);
    evaluateTest(vc.vocab());
  }

  private record VocabAndClasses(Vocabulary vocab, WordClasses classes) {}

  private VocabAndClasses buildVocabulary(List<List<String>> trainText) {
    Vocabulary vocab = Vocabulary.build(trainText, VocabularyOptions.of(
        config.vocab().minFreq(), config.vocab().maxSize(), "vocab.min_freq", "vocab.max_size"));
    WordClasses classes = config.model().output() == OutputKind.CLASS
        ? WordClasses.frequencyBinned(vocab, config.vocab().classes(), ClassBinning.SQRT, "vocab.classes")
        : null;
    VocabularyFile.save(LmRunFiles.vocabulary(dir), vocab, classes);
    LOG.info("vocabulary: {} entries{}", vocab.size(),
        classes == null ? "" : ", " + classes.classCount() + " word classes");
    return new VocabAndClasses(vocab, classes);
  }

  private VocabAndClasses loadVocabulary() {
    VocabularyFile.Contents c = VocabularyFile.load(LmRunFiles.vocabulary(dir));
    return new VocabAndClasses(c.vocabulary(), c.classes().orElse(null));
  }

  private void evaluateTest(Vocabulary vocab) {
    DataSpec test = config.lm().test();
    if (test == null) {
      LOG.warn("no lm.test in the config: test-perplexity.txt not written");
      return;
    }
    TrainedRnnLm best = TrainedRnnLm.loadBest(dir, "train");
    TokenIds ids = TokenIds.of(LmText.read(test.file(), "lm.test"), vocab, "lm.test " + test.file());
    Perplexity p = StreamPerplexity.of(best.model(), ids.ids(), tc.batchSize(), config.lm().bptt(),
        config.lm().carryState());
    LmRunFiles.writeTestPerplexity(dir, p, ids.oovs(), test.file());
    LOG.info("test perplexity {} ({} tokens, {} OOVs) with {}", String.format("%.2f", p.perplexity()),
        p.tokens(), ids.oovs(), dir.bestCheckpointFile());
  }

  /** The training loop with its mutable state. */
  private final class Loop {
    private final RnnLanguageModel model;
    private final TokenStream stream;
    private final TokenIds dev;
    private final Optimizer optimizer;
    private final GradientClipper clipper;
    private final PlateauSchedule schedule;
    private long step;
    private int epoch = 1;
    private int cursor;
    private double bestDev = Double.POSITIVE_INFINITY;
    private int badValidations;
    private double previousSeconds;
    private long tokens;
    private List<INDArray> carried;
    private double lossSum;
    private long lossTokens;
    private long windowTokens;
    private long windowStartNanos = System.nanoTime();
    private final long startNanos = System.nanoTime();

    Loop(RnnLanguageModel model, TokenStream stream, TokenIds dev) {
      this.model = model;
      this.stream = stream;
      this.dev = dev;
      this.optimizer = tc.optimizer() == OptimizerKind.SGD
          ? new Sgd(model.params().list(), tc.learningRate())
          : new Adam(model.params().list(), tc.learningRate());
      this.clipper = new GradientClipper(NeuralSettings.clipMode(tc.clip()), tc.clip().value());
      this.schedule = new PlateauSchedule(
          tc.learningRate(), tc.lrDecay().factor(), tc.lrDecay().patience(), tc.lrDecay().threshold(), 0.0, false);
    }

    void run(boolean resume) {
      if (resume) {
        restore();
      }
      long perEpoch = stream.segments();
      long total = tc.maxSteps() > 0 ? tc.maxSteps() : perEpoch * tc.maxEpochs();
      try (TrainingProgress progress = progressFactory.apply("train " + config.name(), total)) {
        boolean stop = false;
        boolean validatedNow = false;
        while (!stop && epoch <= tc.maxEpochs()) {
          while (cursor < stream.segments()) {
            update(stream.segment(cursor), progress);
            cursor++;
            validatedNow = false;
            if (tc.validateEvery() > 0 && step % tc.validateEvery() == 0) {
              stop = validate(epoch);
              validatedNow = true;
            }
            String budget = budgetExceeded();
            if (budget != null) {
              LOG.info("stopping: {}", budget);
              if (!validatedNow) {
                validate(epoch);
                validatedNow = true;
              }
              stop = true;
            }
            if (stop) {
              break;
            }
          }
          if (stop) {
            break;
          }
          LOG.info("epoch {} done (step {})", epoch, step);
          epoch++;
          cursor = 0;
          carried = null;
          if (tc.validateEvery() == 0 || !validatedNow) {
            stop = validate(epoch - 1);
            validatedNow = true;
          }
        }
      }
      if (!Files.isRegularFile(dir.bestCheckpointFile())) {
        throw new IllegalStateException("training ended without a best checkpoint");
      }
      LearningCurve.write(dir, "dev_perplexity");
    }

    private void update(TokenStream.Segment segment, TrainingProgress progress) {
      if (tc.lrDecay().byEpoch() && optimizer.learningRate() != epochRate()) {
        LOG.info("epoch {}: learning rate {} -> {}", epoch, optimizer.learningRate(), epochRate());
        optimizer.setLearningRate(epochRate());
      }
      model.params().zeroGrad();
      SplittableRandom dropout = config.model().dropout() > 0
          ? new SplittableRandom(Seeds.mix(config.seed(), step)) : null;
      RnnLanguageModel.SegmentResult loss = model.trainSegment(segment, carried, dropout);
      clipper.clip(model.params().list());
      optimizer.step();
      carried = config.lm().carryState() ? loss.finalStates() : null;
      step++;
      tokens += loss.tokens();
      windowTokens += loss.tokens();
      lossSum += loss.nll();
      lossTokens += loss.tokens();
      double mean = loss.nll() / loss.tokens();
      if (!Double.isFinite(mean)) {
        throw new UserException("training diverged at step " + step + " (loss " + mean
            + "); lower training.learning_rate (now " + optimizer.learningRate() + ") or clip harder (training.clip)");
      }
      progress.step(step, mean, loss.tokens());
    }

    /**
     * Validates on dev, logs a metrics row (labelled with {@code reportEpoch}, the epoch the updates
     * belong to), checkpoints; returns true to stop early.
     */
    private boolean validate(int reportEpoch) {
      long t0 = System.nanoTime();
      double seconds = (t0 - windowStartNanos) / 1e9;
      double tokensPerSecond = seconds > 0 ? windowTokens / seconds : Double.NaN;
      Perplexity p = StreamPerplexity.of(model, dev.ids(), tc.batchSize(), config.lm().bptt(), config.lm().carryState());
      double devPpl = p.perplexity();
      boolean improved = devPpl < bestDev;
      if (improved) {
        bestDev = devPpl;
        badValidations = 0;
      } else {
        badValidations++;
      }
      double lr = tc.lrDecay().byEpoch() ? optimizer.learningRate() : schedule.observe(devPpl);
      if (lr != optimizer.learningRate()) {
        LOG.info("dev perplexity did not improve: learning rate {} -> {}", optimizer.learningRate(), lr);
        optimizer.setLearningRate(lr);
      }
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("dev_perplexity", devPpl);
      metrics.put("dev_loss", p.natsPerToken());
      metrics.put("learning_rate", lr);
      metrics.put("tokens_per_second", tokensPerSecond);
      double trainLoss = lossTokens > 0 ? lossSum / lossTokens : Double.NaN;
      run.metrics().append(new MetricsRow(step, reportEpoch, elapsed(), trainLoss, metrics));
      LOG.info("step {} epoch {}: train loss {} (ppl {}), dev perplexity {}{}, {} tokens/s, eval {} s",
          step, reportEpoch, fmt(trainLoss), fmt(Math.exp(trainLoss)), fmt(devPpl), improved ? " (best)" : "",
          fmt(tokensPerSecond), fmt((System.nanoTime() - t0) / 1e9));
      lossSum = 0;
      lossTokens = 0;
      LmTrainerState state = state();
      if (improved) {
        LmCheckpoint.write(dir.bestCheckpointFile(), model.params(), optimizer, state.toMap(), carried);
      }
      LmCheckpoint.write(dir.checkpointFile(step), model.params(), optimizer, state.toMap(), carried);
      dir.pruneCheckpoints(tc.keepCheckpoints());
      windowTokens = 0;
      windowStartNanos = System.nanoTime();
      int patience = tc.earlyStopping().patience();
      if (patience > 0 && badValidations >= patience) {
        LOG.info("early stopping: dev perplexity has not improved for {} validation(s) (best {})",
            badValidations, fmt(bestDev));
        return true;
      }
      return false;
    }

    /**
     * With lr_decay.after_epoch N, the rate of epoch e: learning_rate * factor^(e - N) after epoch N,
     * a function of the epoch alone, so a resumed run has it without saving anything.
     */
    private double epochRate() {
      int decays = Math.max(0, epoch - tc.lrDecay().afterEpoch());
      return tc.learningRate() * Math.pow(tc.lrDecay().factor(), decays);
    }

    private String budgetExceeded() {
      if (tc.maxSteps() > 0 && step >= tc.maxSteps()) {
        return "training.max_steps = " + tc.maxSteps() + " reached";
      }
      if (tc.maxMinutes() > 0 && elapsed() >= tc.maxMinutes() * 60) {
        return "training.max_minutes = " + tc.maxMinutes() + " reached";
      }
      return null;
    }

    private double elapsed() {
      return previousSeconds + (System.nanoTime() - startNanos) / 1e9;
    }

    private LmTrainerState state() {
      return new LmTrainerState(step, epoch, cursor, bestDev, badValidations, optimizer.learningRate(),
          schedule.best(), schedule.badCount(), optimizer.name(), optimizer.stepCount(), elapsed(), tokens);
    }

    private void restore() {
      Optional<Path> latest = dir.latestCheckpoint();
      if (latest.isEmpty()) {
        LOG.warn("--resume: {} has no step checkpoint; starting from scratch", dir);
        return;
      }
      LmCheckpoint.Restored r = LmCheckpoint.read(latest.get(), model.params(), optimizer);
      LmTrainerState s = LmTrainerState.fromMap(r.state(), latest.get().toString());
      step = s.step();
      epoch = s.epoch();
      cursor = s.cursor();
      bestDev = s.bestDev();
      badValidations = s.badValidations();
      optimizer.setLearningRate(s.learningRate());
      schedule.restore(s.learningRate(), s.scheduleBest(), s.scheduleBad());
      previousSeconds = s.elapsedSeconds();
      tokens = s.tokens();
      carried = r.carried();
      if (cursor >= stream.segments()) {
        epoch++;
        cursor = 0;
        carried = null;
      }
      LOG.info("resumed from {}: step {}, epoch {}, segment {}, best dev perplexity {}",
          latest.get(), step, epoch, cursor, fmt(bestDev));
    }
  }

  /** Two decimals, or three significant digits and an exponent beyond a million (a diverging loss). */
  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, Math.abs(v) < 1e6 ? "%.2f" : "%.3g", v);
  }
}

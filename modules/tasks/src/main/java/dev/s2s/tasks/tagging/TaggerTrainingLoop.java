package dev.s2s.tasks.tagging;

import dev.s2s.eval.conll.ConllResult;
import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.plot.LearningCurve;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.nn.PlateauSchedule;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerBatch;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import dev.s2s.neural.train.Seeds;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The update loop of a tagger training: length-bucketed shuffled batches ({@link BatchPlan}), loss
 * per token, gradient clipping, Adam; training singletons are replaced by {@code <unk>} with
 * probability {@link #SINGLETON_UNK_PROBABILITY} so that the unknown-word embedding is trained
 * (Lample et al. 2016). Validation (dev span F1) after every epoch, or every {@code
 * training.validate_every} updates, appends a metrics.csv row, keeps {@code best.ckpt}, writes a
 * resumable step checkpoint and the learning curve, decays the learning rate ({@code
 * training.lr_decay}) and stops early ({@code training.early_stopping.patience}). Stops as well at
 * {@code max_epochs}, {@code max_steps} or when {@code max_minutes} have passed since this loop
 * started (checked after every update; a last validation follows). Random decisions are functions
 * of (seed, epoch, step), so a resumed run continues exactly.
 */
final class TaggerTrainingLoop {
  /** Batches per length-sorted pool of {@link BatchPlan}. */
  static final int POOL_BATCHES = 20;
  /** Probability of replacing a word seen once in training by {@code <unk>} (Lample et al. 2016). */
  static final double SINGLETON_UNK_PROBABILITY = 0.5;

  private static final Logger LOG = LogManager.getLogger(TaggerTrainingLoop.class);
  /** Metric column of the dev span F1 in metrics.csv. */
  static final String F1 = "f1";

  private final TrainingRun run;
  private final TrainingConfig training;
  private final TaggerModel model;
  private final List<TaggedSentence> train;
  private final SpanF1Validation dev;
  private final BitSet singletons;
  private final Adam adam;
  private final GradientClipper clipper;
  private final long seed;
  private final LongSupplier nanoClock;
  private TaggerTrainingState state;
  private double lossSum;
  private long lossTokens;
  private long lastValidatedStep;

  /**
   * @param dev validation data, or null (then every validation counts as an improvement)
   * @param singletons word ids seen exactly once in training
   * @param state where to start (initial or from a checkpoint, with {@code adam} restored)
   */
  TaggerTrainingLoop(
      TrainingRun run, TaggerModel model, List<TaggedSentence> train, SpanF1Validation dev, BitSet singletons,
      Adam adam, TaggerTrainingState state, LongSupplier nanoClock) {
    this.run = run;
    this.training = run.config().training();
    this.model = model;
    this.train = train;
    this.dev = dev;
    this.singletons = singletons;
    this.adam = adam;
    this.clipper = new GradientClipper(TaggingTaskTrainer.clipMode(training.clip().mode()), training.clip().value());
    this.seed = run.config().seed();
    this.nanoClock = nanoClock;
    this.state = state;
    this.lastValidatedStep = state.step();
  }

  /** Why the loop ended. */
  enum Stop { EPOCHS, STEPS, TIME, EARLY_STOPPING }

  /** Runs until a stop condition; returns it. */
  Stop run(TrainingProgress progress) {
    long deadline = training.maxMinutes() > 0
        ? nanoClock.getAsLong() + (long) (training.maxMinutes() * 60e9) : Long.MAX_VALUE;
    Stop stop = null;
    while (stop == null && state.epoch() < training.maxEpochs()) {
      List<int[]> batches = BatchPlan.epoch(seed, state.epoch(), train.size(), i -> train.get(i).length(),
          training.batchSize(), POOL_BATCHES);
      while (stop == null && state.cursor() < batches.size()) {
        update(batches.get(state.cursor()), progress);
        if (training.validateEvery() > 0 && state.step() % training.validateEvery() == 0 && validate()) {
          stop = Stop.EARLY_STOPPING;
        } else if (training.maxSteps() > 0 && state.step() >= training.maxSteps()) {
          stop = Stop.STEPS;
        } else if (nanoClock.getAsLong() >= deadline) {
          stop = Stop.TIME;
        }
      }
      if (state.cursor() >= batches.size()) {
        state = with(state.step(), state.epoch() + 1, 0);
        if (stop == null && training.validateEvery() == 0 && validate()) {
          stop = Stop.EARLY_STOPPING;
        }
      }
    }
    if (stop == null) {
      stop = Stop.EPOCHS;
    }
    if (state.step() > lastValidatedStep) {
      validate();
    }
    LOG.info("tagger training stopped ({}) after {} updates, {} epochs; best dev F1 {} at update {}",
        stop, state.step(), state.epoch(), state.bestScore(), state.bestStep());
    return stop;
  }

  TaggerTrainingState state() {
    return state;
  }

  private void update(int[] indices, TrainingProgress progress) {
    List<TaggedSentence> chunk = new ArrayList<>(indices.length);
    for (int i : indices) {
      chunk.add(train.get(i));
    }
    long step = state.step() + 1;
    SplittableRandom rnd = new SplittableRandom(Seeds.mix(seed, step, 0xD50));
    TaggerBatch batch = TaggerBatch.of(chunk, model.vocab(), model.dataType());
    hideSingletons(batch, rnd);
    model.params().zeroGrad();
    TaggerModel.BatchLoss loss = model.lossAndGradients(batch, rnd);
    clipper.clip(model.params().list());
    adam.step();
    lossSum += loss.nll();
    lossTokens += loss.tokens();
    state = with(step, state.epoch(), state.cursor() + 1);
    progress.step(step, loss.nll() / loss.tokens(), loss.tokens());
  }

  private void hideSingletons(TaggerBatch batch, SplittableRandom rnd) {
    int[] ids = batch.wordIds();
    for (int t = 0; t < batch.steps(); t++) {
      for (int b = 0; b < batch.batch(); b++) {
        int at = t * batch.batch() + b;
        if (t < batch.lengths()[b] && singletons.get(ids[at]) && rnd.nextDouble() < SINGLETON_UNK_PROBABILITY) {
          ids[at] = TaggerVocab.UNK_WORD;
        }
      }
    }
  }

  /** Validates, records and checkpoints; returns true when training should stop early. */
  private boolean validate() {
    lastValidatedStep = state.step();
    double trainLoss = lossTokens == 0 ? Double.NaN : lossSum / lossTokens;
    lossSum = 0;
    lossTokens = 0;
    RunDirectory dir = run.directory();
    Map<String, Double> metrics = new LinkedHashMap<>();
    double score;
    if (dev != null) {
      ConllResult r = dev.evaluate(model);
      score = r.overall().f1();
      metrics.put(F1, score);
      metrics.put("precision", r.overall().precision());
      metrics.put("recall", r.overall().recall());
    } else {
      score = state.step();
      metrics.put(F1, Double.NaN);
      metrics.put("precision", Double.NaN);
      metrics.put("recall", Double.NaN);
    }
    metrics.put("learning_rate", adam.learningRate());
    run.metrics().append(new MetricsRow(state.step(), state.currentEpochNumber(), run.elapsedSeconds(), trainLoss, metrics));
    boolean improved = score > state.bestScore();
    int bad = improved ? 0 : state.badValidations() + 1;
    if (improved) {
      model.params().save(dir.bestCheckpointFile());
    }
    PlateauSchedule schedule = decaySchedule();
    double lr = schedule.observe(score);
    if (lr != adam.learningRate()) {
      adam.setLearningRate(lr);
      LOG.info("tagger: learning rate decayed to {}", lr);
    }
    state = new TaggerTrainingState(state.step(), state.epoch(), state.cursor(),
        improved ? score : state.bestScore(), improved ? state.step() : state.bestStep(), bad, schedule.badCount(),
        lr, adam.stepCount());
    LOG.info("tagger validation at update {} (epoch {}): train loss/token {} dev F1 {}{}", state.step(),
        state.currentEpochNumber(), trainLoss, metrics.get(F1), improved ? " (best)" : "");
    TaggerCheckpoint.write(dir.checkpointFile(state.step()), state, model.params(), adam);
    dir.pruneCheckpoints(training.keepCheckpoints());
    writeCurve(dir);
    int patience = training.earlyStopping().patience();
    return patience > 0 && bad >= patience;
  }

  /**
   * The {@code training.lr_decay} schedule as of the last validation: the same rule as for the
   * other models (decay after {@code patience} validations without a gain in dev F1).
   */
  private PlateauSchedule decaySchedule() {
    PlateauSchedule schedule = new PlateauSchedule(adam.learningRate(), training.lrDecay().factor(),
        training.lrDecay().patience(), 0.0, true);
    schedule.restore(adam.learningRate(), state.bestScore(), state.scheduleBad());
    return schedule;
  }

  private static void writeCurve(RunDirectory dir) {
    try {
      LearningCurve.write(dir, F1);
    } catch (RuntimeException e) {
      LOG.warn("cannot write the learning curve {}: {}", dir.learningCurveFile(), e.getMessage());
    }
  }

  private TaggerTrainingState with(long step, int epoch, int cursor) {
    return new TaggerTrainingState(step, epoch, cursor, state.bestScore(), state.bestStep(), state.badValidations(),
        state.scheduleBad(), adam.learningRate(), adam.stepCount());
  }
}

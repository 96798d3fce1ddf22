package dev.s2s.tasks.multitask;

import dev.s2s.experiment.config.TrainingConfig;
import dev.s2s.experiment.progress.TrainingProgress;
import dev.s2s.experiment.run.MetricsRow;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PlateauSchedule;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.ShardedLoss;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.neural.train.Seeds;
import dev.s2s.neural.train.SentencePair;
import dev.s2s.neural.train.StopReason;
import dev.s2s.neural.train.TrainerState;
import dev.s2s.neural.train.ValidationHistory;
import dev.s2s.tasks.NeuralSettings;
import dev.s2s.tasks.translation.TranslationModels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The multi-task training loop. Each update samples a task by weight ({@link TaskSchedule}), takes
 * its next batch, computes the loss and the gradient of its mean per target token (translation) or
 * per tagged token (tagging), clips the gradients of the parameter groups the task uses, and
 * updates those groups ({@link GroupedAdam}). It validates every {@code validateEvery} updates
 * (best checkpoint on a better score, plateau learning-rate decay, early stopping), stops at
 * max_steps, max_epochs (every task made that many passes) or when the wall-clock budget ran out
 * during an update, then validates once more if the last update was not validated, and saves the
 * resumable checkpoint.
 */
final class MultiTaskLoop {
  private static final Logger LOG = LogManager.getLogger(MultiTaskLoop.class);
  private static final long DROPOUT_STREAM = 0x44524F50L;

  private final TrainingRun run;
  private final TrainingConfig training;
  private final long seed;
  private final MultiTaskModel model;
  private final SourceIds ids;
  private final TaskSchedule schedule;
  private final GroupedAdam adam;
  private final GradientClipper clipper;
  private final PlateauSchedule plateau;
  private final MultiTaskValidation validation;
  private final long validateEvery;
  private final LongSupplier nanoTime;
  private final TrainLossSinceValidation lossSince;
  private final ShardedLoss translationLoss;
  private MultiTaskState state;

  MultiTaskLoop(TrainingRun run, long seed, MultiTaskModel model, SourceIds ids, TaskSchedule schedule,
      MultiTaskValidation validation, LongSupplier nanoTime) {
    this.run = run;
    this.training = run.config().training();
    this.seed = seed;
    this.model = model;
    this.ids = ids;
    this.schedule = schedule;
    this.validation = validation;
    this.nanoTime = nanoTime;
    this.adam = new GroupedAdam(model.groups(), training.learningRate());
    this.clipper = new GradientClipper(NeuralSettings.clipMode(training.clip()), training.clip().value());
    this.plateau = new PlateauSchedule(training.learningRate(), training.lrDecay().factor(),
        Math.max(1, training.lrDecay().patience()), training.lrDecay().threshold(), training.learningRate() / 64, true);
    long epochSteps = schedule.stepsPerEpoch(training.batchSize());
    this.validateEvery = training.validateEvery() > 0 ? training.validateEvery() : epochSteps;
    this.translationLoss = new ShardedLoss(model.translation(), training.batchShards(), training.labelSmoothing());
    this.lossSince = new TrainLossSinceValidation(schedule.tasks().stream().map(TrainingTask::name).toList());
    this.state = new MultiTaskState();
    state.validations = ValidationHistory.start(plateau);
    state.seed = seed;
  }

  MultiTaskState state() {
    return state;
  }

  /** The task the schedule picks for the next update. */
  TrainingTask sampleTask() {
    return schedule.sample(state.step);
  }

  /** The trained tasks (weight > 0). */
  List<TrainingTask> tasks() {
    return schedule.tasks();
  }

  /** Continues from the resumable checkpoint (parameters, moments, counters, schedule). */
  void resume() {
    java.nio.file.Path file = MultiTaskRunFiles.last(run.directory());
    MultiTaskState s = MultiTaskCheckpoint.read(file, model.params(), adam);
    if (s.seed != seed) {
      throw new dev.s2s.common.UserException(file + ": checkpoint was trained with seed " + s.seed
          + " but the configuration has seed " + seed + "; exact resume needs the same seed");
    }
    state = s;
    s.validations.restore(plateau);
    adam.setLearningRate(plateau.learningRate());
    schedule.reset();
    LOG.info("resumed from {} at step {}", file, s.step);
  }

  /** Expected number of updates (for the progress report), 0 if unknown. */
  long expectedSteps() {
    long byEpochs = (long) training.maxEpochs() * schedule.stepsPerEpoch(training.batchSize());
    return training.maxSteps() > 0 ? Math.min(training.maxSteps(), byEpochs) : byEpochs;
  }

  StopReason run(TrainingProgress progress) {
    long start = nanoTime.getAsLong();
    double budget = training.maxMinutes() * 60e9;
    StopReason reason = null;
    while (reason == null) {
      if (training.maxSteps() > 0 && state.step >= training.maxSteps()) {
        reason = StopReason.MAX_STEPS;
        break;
      }
      if (training.maxEpochs() > 0 && schedule.minEpoch(state) >= training.maxEpochs()) {
        reason = StopReason.MAX_EPOCHS;
        break;
      }
      StepLoss loss = step(schedule.sample(state.step));
      progress.step(state.step, loss.perToken(), loss.tokens());
      if (validation.hasDevData() && state.step % validateEvery == 0 && validate()) {
        reason = StopReason.EARLY_STOPPING;
      } else if (budget > 0 && nanoTime.getAsLong() - start >= budget) {
        reason = StopReason.TIME_BUDGET;
        LOG.info("wall-clock budget of {} minutes used up after step {}", training.maxMinutes(), state.step);
      }
    }
    finish();
    LOG.info("multi-task training stopped at step {}: {}", state.step, reason);
    return reason;
  }

  private void finish() {
    if (validation.hasDevData() && state.lastValidationStep != state.step && state.step > 0) {
      validate();
    } else if (!validation.hasDevData()) {
      saveBest(); // nothing to select on: the last model is the best one
    }
    saveLast();
  }

  /** One update of {@code task} on its next batch. */
  StepLoss step(TrainingTask task) {
    int[] batch = schedule.next(task, state);
    model.params().zeroGrad();
    SplittableRandom dropout = new SplittableRandom(Seeds.mix(seed, DROPOUT_STREAM, state.step));
    double[] nllTokens = task.isTagging() ? tagging(task, batch, dropout) : translation(task, batch, dropout);
    List<Param> used = adam.params(task.groups());
    double norm = clipper.clip(used);
    adam.step(task.groups());
    state.step++;
    StepLoss loss = new StepLoss(task.name(), nllTokens[0], (long) nllTokens[1], norm);
    lossSince.add(loss);
    return loss;
  }

  private double[] translation(TrainingTask task, int[] batch, SplittableRandom dropout) {
    List<int[]> src = new ArrayList<>(batch.length);
    List<int[]> tgt = new ArrayList<>(batch.length);
    for (int i : batch) {
      SentencePair p = task.data().get(i);
      src.add(p.source());
      tgt.add(p.target());
    }
    Seq2SeqBatch b = Seq2SeqBatch.of(src, tgt, TranslationModels.SPECIALS);
    Seq2SeqModel.Loss l = translationLoss.loss(b, task.language(), dropout, true, 1.0 / b.targetTokens());
    return new double[] {l.nll(), l.tokens()};
  }

  private double[] tagging(TrainingTask task, int[] batch, SplittableRandom dropout) {
    List<int[]> words = new ArrayList<>(batch.length);
    int[][] gold = new int[batch.length][];
    for (int j = 0; j < batch.length; j++) {
      SentencePair p = task.data().get(batch[j]);
      words.add(p.source());
      gold[j] = p.target();
    }
    TokenIdBatch b = TokenIdBatch.of(words, model.translation().dataType());
    TaggerModel.Loss l = model.tagger().loss(b.ids(), b.steps(), b.batch(), b.mask(), gold, dropout);
    l.backward(1.0 / l.tokens());
    return new double[] {l.nll(), l.tokens()};
  }

  /** Validates; returns true when training should stop early. */
  private boolean validate() {
    ValidationScores s = validation.evaluate(model, ids);
    state.lastValidationStep = state.step;
    boolean improved = state.validations.record(s.score(), plateau);
    if (improved) {
      saveBest();
    }
    double lr = plateau.learningRate();
    adam.setLearningRate(lr);
    Map<String, Double> columns = new LinkedHashMap<>(s.columns());
    columns.putAll(lossSince.columns());
    columns.put("lr", lr);
    run.metrics().append(new MetricsRow(state.step, (int) schedule.minEpoch(state) + 1, run.elapsedSeconds(),
        lossSince.overall(), columns));
    lossSince.reset();
    saveLast();
    LOG.info("step {}: score {} ({}), lr {}", state.step, s.score(), improved ? "improved" : "no improvement", lr);
    return state.validations.patienceExhausted(training.earlyStopping().patience());
  }

  /** Best model: all parameters, and the translation part in the translation task's format. */
  private void saveBest() {
    RunDirectory dir = run.directory();
    model.params().save(MultiTaskRunFiles.bestAll(dir));
    Checkpoint.write(MultiTaskRunFiles.bestTranslation(dir), model.translation().params(),
        new Adam(List.of(), training.learningRate()), new TrainerState());
  }

  private void saveLast() {
    MultiTaskCheckpoint.write(MultiTaskRunFiles.last(run.directory()), model.params(), adam, state);
  }
}

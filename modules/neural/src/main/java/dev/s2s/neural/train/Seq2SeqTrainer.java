package dev.s2s.neural.train;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.nn.PlateauSchedule;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.ShardedLoss;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Trains a {@link Seq2SeqModel} on token-id pairs of one or more target languages: per step it
 * samples a language by weight, takes that language's next length-bucketed batch, computes the
 * teacher-forced loss (gradient of the mean NLL per target token; the batch cut into
 * {@link TrainerConfig#batchShards} shards computed on parallel threads), clips, and applies Adam.
 * Validation (every validateEvery steps) drives best-checkpointing, the plateau learning-rate
 * schedule and early stopping. With {@link TrainerConfig#emaDecay} set, an {@link
 * ExponentialMovingAverage} of the parameters follows every update, and validation runs on it.
 * Checkpoints hold params, Adam moments, the averages (if any) and the {@link TrainerState}; since
 * all randomness derives from (seed, counters), {@link #resume} continues bit-identically.
 */
public final class Seq2SeqTrainer {
  private static final Logger LOG = LogManager.getLogger(Seq2SeqTrainer.class);
  private static final long DROPOUT_STREAM = 0x44524F50L;
  private static final long LANGUAGE_STREAM = 0x4C414E47L;

  private final Seq2SeqModel model;
  private final TrainerConfig cfg;
  private final Map<String, SpecialTokens> special;
  private final Validator validator;
  private final TrainingListener listener;
  private final List<String> languages;
  private final double[] cumulativeWeights;
  private final Map<String, BucketBatcher> batchers = new TreeMap<>();
  private final Map<String, List<int[]>> epochOrder = new HashMap<>();
  private final Adam adam;
  private final GradientClipper clipper;
  private final PlateauSchedule schedule;
  private final ShardedLoss shardedLoss;
  private final ExponentialMovingAverage averages;
  private TrainerState state = new TrainerState();

  /**
   * @param train training pairs per target language (each language needs a decoder)
   * @param special pad/BOS/EOS ids per target language
   * @param validator validation metric or null
   * @param listener progress receiver (may be a no-op)
   */
  public Seq2SeqTrainer(Seq2SeqModel model, Map<String, List<SentencePair>> train, Map<String, SpecialTokens> special,
      TrainerConfig cfg, Validator validator, TrainingListener listener) {
    this.model = model;
    this.cfg = cfg;
    this.special = Map.copyOf(special);
    this.validator = validator;
    this.listener = listener;
    this.languages = new ArrayList<>(new TreeMap<>(train).keySet());
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("no training data");
    }
    cumulativeWeights = new double[languages.size()];
    double sum = 0;
    for (int i = 0; i < languages.size(); i++) {
      String lang = languages.get(i);
      model.decoder(lang);
      if (!special.containsKey(lang)) {
        throw new IllegalArgumentException("no special token ids for language '" + lang + "'");
      }
      double w = cfg.languageWeights() == null ? 1.0 : cfg.languageWeights().getOrDefault(lang, 1.0);
      if (!(w >= 0)) {
        throw new IllegalArgumentException("language weight of '" + lang + "' is " + w + ", expected >= 0");
      }
      sum += w;
      cumulativeWeights[i] = sum;
      batchers.put(lang, new BucketBatcher(train.get(lang), cfg.batchSize(), cfg.chunkBatches(), Seeds.mix(cfg.seed(), i)));
      state.positions.put(lang, new long[] {0, 0});
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("language weights sum to " + sum + ", expected > 0");
    }
    this.adam = new Adam(model.paramList(), cfg.learningRate());
    this.shardedLoss = new ShardedLoss(model, cfg.batchShards(), cfg.labelSmoothing());
    this.averages = cfg.emaDecay() > 0 ? new ExponentialMovingAverage(model.params(), cfg.emaDecay()) : null;
    this.clipper = new GradientClipper(cfg.clipMode(), cfg.clipThreshold());
    this.schedule = new PlateauSchedule(cfg.learningRate(), cfg.lrFactor(), Math.max(1, cfg.lrPatience()),
        cfg.lrThreshold(), cfg.minLearningRate(), cfg.higherIsBetter());
    state.validations = ValidationHistory.start(schedule);
    state.seed = cfg.seed();
  }

  public TrainerState state() {
    return state;
  }

  public Adam optimizer() {
    return adam;
  }

  /** Restores model parameters, optimizer and trainer state from a checkpoint. */
  public void resume(Path checkpoint) {
    TrainerState s = Checkpoint.read(checkpoint, model.params(), adam, averages);
    if (s.seed != cfg.seed()) {
      throw new dev.s2s.common.UserException(checkpoint + ": checkpoint was trained with seed " + s.seed
          + " but the configuration has seed " + cfg.seed() + "; exact resume needs the same seed");
    }
    for (String lang : languages) {
      if (!s.positions.containsKey(lang)) {
        throw new dev.s2s.common.UserException(checkpoint + ": checkpoint has no data position for language '" + lang
            + "' (has " + s.positions.keySet() + ")");
      }
    }
    state = s;
    s.validations.restore(schedule);
    adam.setLearningRate(schedule.learningRate());
    epochOrder.clear();
    LOG.info("resumed from {} at step {}", checkpoint, s.step);
  }

  /** Trains until a stop condition; writes last.ckpt at the end. */
  public StopReason train() {
    StopReason reason = null;
    long deadline = cfg.maxSeconds() > 0 ? System.nanoTime() + (long) (cfg.maxSeconds() * 1e9) : Long.MAX_VALUE;
    long lastValidated = -1;
    while (reason == null) {
      if (cfg.maxSteps() > 0 && state.step >= cfg.maxSteps()) {
        reason = StopReason.MAX_STEPS;
      } else if (cfg.maxEpochs() > 0 && minEpoch() >= cfg.maxEpochs()) {
        reason = StopReason.MAX_EPOCHS;
      } else {
        step();
        if (cfg.validateEvery() > 0 && state.step % cfg.validateEvery() == 0 && validator != null) {
          lastValidated = state.step;
          if (validate()) {
            reason = StopReason.EARLY_STOPPING;
          }
        } else if (cfg.checkpointEvery() > 0 && state.step % cfg.checkpointEvery() == 0) {
          saveLast();
        }
        if (reason == null && System.nanoTime() >= deadline) {
          reason = StopReason.TIME_BUDGET;
          if (validator != null && lastValidated != state.step) {
            validate();
          }
        }
      }
    }
    saveLast();
    LOG.info("training stopped at step {}: {}", state.step, reason);
    return reason;
  }

  /** One update on the next batch. */
  public void step() {
    String lang = sampleLanguage();
    List<SentencePair> data = batchers.get(lang).data();
    int[] idx = nextBatch(lang);
    List<int[]> src = new ArrayList<>(idx.length);
    List<int[]> tgt = new ArrayList<>(idx.length);
    for (int i : idx) {
      src.add(data.get(i).source());
      tgt.add(data.get(i).target());
    }
    Seq2SeqBatch batch = Seq2SeqBatch.of(src, tgt, special.get(lang));
    model.params().zeroGrad();
    SplittableRandom dropoutRnd = new SplittableRandom(Seeds.mix(cfg.seed(), DROPOUT_STREAM, state.step));
    Seq2SeqModel.Loss loss = shardedLoss.loss(batch, lang, dropoutRnd, true, 1.0 / batch.targetTokens());
    double norm = clipper.clip(model.paramList());
    adam.step();
    state.step++;
    if (averages != null) {
      averages.update(state.step);
    }
    state.adamStep = adam.stepCount();
    listener.onStep(state.step, lang, state.epoch(lang), loss.nll(), loss.tokens(), norm, adam.learningRate());
  }

  /** Runs validation; returns true if training should stop early. */
  private boolean validate() {
    double metric = averages == null
        ? validator.evaluate(model, state.step)
        : averages.withAverages(() -> validator.evaluate(model, state.step));
    boolean improved = state.validations.record(metric, schedule);
    double lr = schedule.learningRate();
    adam.setLearningRate(lr);
    LOG.info("step {}: validation {} ({}), lr {}", state.step, metric, improved ? "improved" : "no improvement", lr);
    if (improved) {
      save("best");
    }
    saveLast();
    listener.onValidation(state.step, metric, improved, lr);
    return state.validations.patienceExhausted(cfg.patience());
  }

  private void saveLast() {
    save("last");
  }

  private void save(String kind) {
    if (cfg.checkpointDir() == null) {
      return;
    }
    Path file = cfg.checkpointDir().resolve(kind + ".ckpt");
    Checkpoint.write(file, model.params(), adam, state, averages);
    listener.onCheckpoint(state.step, kind, file);
  }

  private long minEpoch() {
    long m = Long.MAX_VALUE;
    for (String lang : languages) {
      m = Math.min(m, state.epoch(lang));
    }
    return m;
  }

  private String sampleLanguage() {
    if (languages.size() == 1) {
      return languages.get(0);
    }
    double total = cumulativeWeights[cumulativeWeights.length - 1];
    double u = new SplittableRandom(Seeds.mix(cfg.seed(), LANGUAGE_STREAM, state.step)).nextDouble() * total;
    for (int i = 0; i < cumulativeWeights.length; i++) {
      if (u < cumulativeWeights[i]) {
        return languages.get(i);
      }
    }
    return languages.get(languages.size() - 1);
  }

  /** Next batch of a language; the epoch advances as soon as its last batch is taken. */
  private int[] nextBatch(String lang) {
    long[] pos = state.positions.get(lang);
    List<int[]> order = epochOrder.get(lang);
    if (order == null) {
      order = batchers.get(lang).epoch(pos[0]);
      epochOrder.put(lang, order);
    }
    int[] batch = order.get((int) pos[1]++);
    if (pos[1] >= order.size()) {
      pos[0]++;
      pos[1] = 0;
      epochOrder.remove(lang);
    }
    return batch;
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Section {@code training}: optimisation and stopping.
 *
 * <ul>
 *   <li>{@code batch_size} (default 64, > 0): sentences per batch.
 *   <li>{@code max_epochs} (default 20, > 0).
 *   <li>{@code max_steps} (default 0, >= 0; 0 = no limit): updates.
 *   <li>{@code max_minutes} (default 0, >= 0; 0 = no limit): wall-clock budget, may be fractional.
 *   <li>{@code optimizer} (default {@code adam}): {@code adam}, or {@code sgd} (plain SGD, for RNN
 *       language models only; e.g. learning_rate 20 with clip global_norm 0.25 and lr_decay factor
 *       0.25, as PyTorch's word-language-model example).
 *   <li>{@code learning_rate} (default 0.001, > 0).
 *   <li>{@code clip}: see {@link ClipConfig}.
 *   <li>{@code lr_decay}: see {@link LrDecayConfig}.
 *   <li>{@code early_stopping}: see {@link EarlyStoppingConfig}.
 *   <li>{@code validate_every} (default 0, >= 0; 0 = once per epoch): updates between validations.
 *   <li>{@code keep_checkpoints} (default 5, > 0): step checkpoints kept besides the best one.
 *   <li>{@code batch_shards} (default 2, > 0): each translation batch (also in multi-task runs;
 *       tagging and LM batches are not sharded) is cut into this many interleaved shards whose
 *       gradients are computed on parallel threads and summed. Results depend on this number and
 *       the seed, not on the machine; 2 uses both cores of the 2-core machines this project is
 *       measured on.
 *   <li>{@code label_smoothing} (default 0, 0 <= x < 1): translation decoders are trained on the
 *       label-smoothed cross-entropy (target 1 - x, every other word x / (vocabulary - 1)), as
 *       OpenNMT's and Joey NMT's {@code label_smoothing}; 0.1 is the usual value. Logged losses,
 *       perplexities and validation stay the plain NLL. Translation only (in a multi-task run the
 *       tagger's loss is not smoothed), with the full softmax.
 *   <li>{@code ema_decay} (default 0, 0 <= x < 1; 0 = off): training keeps an exponential moving
 *       average of the parameters (decay per update {@code min(x, (1 + t) / (10 + t))} after update
 *       t), as Marian's {@code exponential-smoothing} and OpenNMT-py's {@code average_decay}; dev
 *       validation, the best checkpoint and decoding use the averages. 0.999 averages over the last
 *       thousand or so updates. Translation-only configs.
 * </ul>
 */
public record TrainingConfig(
    int batchSize,
    int maxEpochs,
    long maxSteps,
    double maxMinutes,
    OptimizerKind optimizer,
    double learningRate,
    ClipConfig clip,
    LrDecayConfig lrDecay,
    EarlyStoppingConfig earlyStopping,
    long validateEvery,
    int keepCheckpoints,
    int batchShards,
    double labelSmoothing,
    double emaDecay) {
  /** The defaults (the early-stopping metric is chosen by {@link ExperimentConfig}). */
  public static final TrainingConfig DEFAULTS =
      new TrainingConfig(
          64, 20, 0, 0.0, OptimizerKind.ADAM, 0.001, ClipConfig.DEFAULTS, LrDecayConfig.DEFAULTS,
          new EarlyStoppingConfig(null, EarlyStoppingConfig.DEFAULT_PATIENCE), 0, 5, 2, 0.0, 0.0);

  /** Validates the ranges above. */
  public TrainingConfig {
    Check.positive("batch_size", batchSize);
    Check.positive("max_epochs", maxEpochs);
    Check.nonNegative("max_steps", maxSteps, "0 = no limit");
    Check.nonNegative("max_minutes", maxMinutes, "0 = no limit");
    Check.required("optimizer", optimizer, ConfigEnum.choices(OptimizerKind.class));
    Check.positive("learning_rate", learningRate);
    Check.required("clip", clip, "a mapping with mode and value");
    Check.required("lr_decay", lrDecay, "a mapping with factor and patience");
    Check.required("early_stopping", earlyStopping, "a mapping with metric and patience");
    Check.nonNegative("validate_every", validateEvery, "0 = once per epoch");
    Check.positive("keep_checkpoints", keepCheckpoints);
    Check.positive("batch_shards", batchShards);
    Check.fraction("label_smoothing", labelSmoothing, 0.0, 1.0, true);
    Check.fraction("ema_decay", emaDecay, 0.0, 1.0, true);
  }

  @JsonCreator
  static TrainingConfig fromYaml(
      @JsonProperty("batch_size") Integer batchSize,
      @JsonProperty("max_epochs") Integer maxEpochs,
      @JsonProperty("max_steps") Long maxSteps,
      @JsonProperty("max_minutes") Double maxMinutes,
      @JsonProperty("optimizer") OptimizerKind optimizer,
      @JsonProperty("learning_rate") Double learningRate,
      @JsonProperty("clip") ClipConfig clip,
      @JsonProperty("lr_decay") LrDecayConfig lrDecay,
      @JsonProperty("early_stopping") EarlyStoppingConfig earlyStopping,
      @JsonProperty("validate_every") Long validateEvery,
      @JsonProperty("keep_checkpoints") Integer keepCheckpoints,
      @JsonProperty("batch_shards") Integer batchShards,
      @JsonProperty("label_smoothing") Double labelSmoothing,
      @JsonProperty("ema_decay") Double emaDecay) {
    return new TrainingConfig(
        Check.or(batchSize, DEFAULTS.batchSize()),
        Check.or(maxEpochs, DEFAULTS.maxEpochs()),
        Check.or(maxSteps, DEFAULTS.maxSteps()),
        Check.or(maxMinutes, DEFAULTS.maxMinutes()),
        Check.or(optimizer, DEFAULTS.optimizer()),
        Check.or(learningRate, DEFAULTS.learningRate()),
        Check.or(clip, DEFAULTS.clip()),
        Check.or(lrDecay, DEFAULTS.lrDecay()),
        Check.or(earlyStopping, DEFAULTS.earlyStopping()),
        Check.or(validateEvery, DEFAULTS.validateEvery()),
        Check.or(keepCheckpoints, DEFAULTS.keepCheckpoints()),
        Check.or(batchShards, DEFAULTS.batchShards()),
        Check.or(labelSmoothing, DEFAULTS.labelSmoothing()),
        Check.or(emaDecay, DEFAULTS.emaDecay()));
  }

  /** A copy with the early-stopping section replaced. */
  public TrainingConfig withEarlyStopping(EarlyStoppingConfig es) {
    return new TrainingConfig(
        batchSize, maxEpochs, maxSteps, maxMinutes, optimizer, learningRate, clip, lrDecay, es, validateEvery,
        keepCheckpoints, batchShards, labelSmoothing, emaDecay);
  }
}

package dev.s2s.neural.train;

import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.SoftmaxCrossEntropy;
import java.nio.file.Path;
import java.util.Map;

/**
 * Training settings.
 *
 * @param batchSize sentences per batch
 * @param chunkBatches batches per length-sorting chunk (1 = no bucketing)
 * @param learningRate initial Adam learning rate
 * @param clipMode gradient clipping mode; clipThreshold its threshold
 * @param maxSteps stop after this many updates (0 = no limit)
 * @param maxEpochs stop once every language has completed this many epochs (0 = no limit)
 * @param validateEvery validate every this many steps (0 = never)
 * @param checkpointEvery write last.ckpt every this many steps (0 = only at validations and the end)
 * @param patience stop after this many validations without improvement (0 = never)
 * @param lrFactor multiply the learning rate by this after lrPatience validations without
 *     improvement (1 = constant)
 * @param minLearningRate floor for the schedule
 * @param higherIsBetter whether larger validation metric values are better (BLEU) or smaller (loss)
 * @param seed run seed (data order, language sampling, dropout)
 * @param checkpointDir where last.ckpt and best.ckpt are written (null = no checkpoints)
 * @param languageWeights sampling weight per target language (missing = 1)
 * @param maxSeconds wall-clock budget: after the update during which it runs out, training
 *     validates once more and stops (0 = no budget). A budget makes the number of steps depend on
 *     the machine's speed, so a run with a budget is repeatable only given the same stop step.
 * @param batchShards each batch is cut into this many shards whose gradients are computed on
 *     parallel threads and summed ({@link dev.s2s.neural.seq2seq.ShardedLoss}); results depend on
 *     this number, not on the machine
 * @param labelSmoothing epsilon of the label-smoothed cross-entropy the updates follow (0 = plain
 *     NLL; {@link dev.s2s.neural.nn.SoftmaxCrossEntropy}); logged losses stay the plain NLL
 * @param lrThreshold smallest gain over the best validation that postpones the learning-rate
 *     decay ({@link dev.s2s.neural.nn.PlateauSchedule}; 0 = any gain)
 * @param emaDecay decay of the {@link ExponentialMovingAverage} of the parameters that validation,
 *     checkpoints and decoding use (0 = none: they use the parameters)
 */
public record TrainerConfig(int batchSize, int chunkBatches, double learningRate, ClipMode clipMode, double clipThreshold,
    long maxSteps, int maxEpochs, int validateEvery, int checkpointEvery, int patience, double lrFactor, int lrPatience,
    double minLearningRate, boolean higherIsBetter, long seed, Path checkpointDir, Map<String, Double> languageWeights,
    double maxSeconds, int batchShards, double labelSmoothing, double lrThreshold, double emaDecay) {

  /** Validates the shard count, the smoothing and the moving-average decay. */
  public TrainerConfig {
    if (batchShards < 1) {
      throw new IllegalArgumentException("batch shards " + batchShards + " < 1");
    }
    if (!(emaDecay >= 0 && emaDecay < 1)) {
      throw new IllegalArgumentException("moving-average decay " + emaDecay + ", expected 0 <= decay < 1");
    }
    SoftmaxCrossEntropy.requireSmoothing(labelSmoothing);
  }

  /** Settings without label smoothing, in which any gain postpones the learning-rate decay. */
  public TrainerConfig(int batchSize, int chunkBatches, double learningRate, ClipMode clipMode, double clipThreshold,
      long maxSteps, int maxEpochs, int validateEvery, int checkpointEvery, int patience, double lrFactor,
      int lrPatience, double minLearningRate, boolean higherIsBetter, long seed, Path checkpointDir,
      Map<String, Double> languageWeights, double maxSeconds, int batchShards) {
    this(batchSize, chunkBatches, learningRate, clipMode, clipThreshold, maxSteps, maxEpochs, validateEvery,
        checkpointEvery, patience, lrFactor, lrPatience, minLearningRate, higherIsBetter, seed, checkpointDir,
        languageWeights, maxSeconds, batchShards, 0, 0, 0);
  }

  /** Settings with unsharded batches. */
  public TrainerConfig(int batchSize, int chunkBatches, double learningRate, ClipMode clipMode, double clipThreshold,
      long maxSteps, int maxEpochs, int validateEvery, int checkpointEvery, int patience, double lrFactor,
      int lrPatience, double minLearningRate, boolean higherIsBetter, long seed, Path checkpointDir,
      Map<String, Double> languageWeights, double maxSeconds) {
    this(batchSize, chunkBatches, learningRate, clipMode, clipThreshold, maxSteps, maxEpochs, validateEvery,
        checkpointEvery, patience, lrFactor, lrPatience, minLearningRate, higherIsBetter, seed, checkpointDir,
        languageWeights, maxSeconds, 1);
  }

  /** Settings without a wall-clock budget, unsharded. */
  public TrainerConfig(int batchSize, int chunkBatches, double learningRate, ClipMode clipMode, double clipThreshold,
      long maxSteps, int maxEpochs, int validateEvery, int checkpointEvery, int patience, double lrFactor,
      int lrPatience, double minLearningRate, boolean higherIsBetter, long seed, Path checkpointDir,
      Map<String, Double> languageWeights) {
    this(batchSize, chunkBatches, learningRate, clipMode, clipThreshold, maxSteps, maxEpochs, validateEvery,
        checkpointEvery, patience, lrFactor, lrPatience, minLearningRate, higherIsBetter, seed, checkpointDir,
        languageWeights, 0);
  }
}

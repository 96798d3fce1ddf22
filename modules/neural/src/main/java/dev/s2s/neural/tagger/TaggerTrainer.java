package dev.s2s.neural.tagger;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Mini-batch training of a {@link TaggerModel}: shuffled batches, loss per token, gradient
 * clipping, Adam; after each epoch a caller-supplied dev score (e.g. conlleval span F1, higher is
 * better) drives early stopping; the best parameters are checkpointed (if a path is given) and
 * restored into the model at the end.
 */
public final class TaggerTrainer {
  private static final Logger LOG = LogManager.getLogger(TaggerTrainer.class);

  /**
   * @param batchSize sentences per batch
   * @param maxEpochs upper bound on epochs
   * @param learningRate Adam learning rate
   * @param clipMode gradient clipping mode
   * @param clipThreshold clipping threshold (ignored for NONE)
   * @param patience epochs without dev improvement before stopping
   * @param checkpoint file receiving the best parameters (atomically), or null
   * @param seed shuffling and dropout seed
   */
  public record Options(
      int batchSize, int maxEpochs, double learningRate, ClipMode clipMode, double clipThreshold,
      int patience, Path checkpoint, long seed) {
    public Options {
      if (batchSize < 1 || maxEpochs < 1 || patience < 1 || !(learningRate > 0)) {
        throw new IllegalArgumentException("invalid trainer options: " + this);
      }
    }
  }

  /** Scores the model on development data after each epoch; higher is better. */
  @FunctionalInterface
  public interface DevScorer {
    double score(TaggerModel model);
  }

  /** What happened: best dev score and its epoch (1-based), and per-epoch histories. */
  public record Result(
      double bestScore, int bestEpoch, int epochsRun, List<Double> trainNllPerToken, List<Double> devScores) {}

  private final Options options;

  public TaggerTrainer(Options options) {
    this.options = options;
  }

  /** Trains in place; on return the model holds the parameters of the best dev epoch. */
  public Result train(TaggerModel model, List<TaggedSentence> train, DevScorer dev) {
    ParamSet params = model.params();
    List<Param> list = params.list();
    Adam adam = new Adam(list, options.learningRate());
    GradientClipper clipper = new GradientClipper(options.clipMode(), options.clipThreshold());
    SplittableRandom rnd = new SplittableRandom(options.seed());
    List<Double> losses = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    Map<String, INDArray> best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestEpoch = 0;
    int epoch = 0;
    while (epoch < options.maxEpochs()) {
      epoch++;
      losses.add(runEpoch(model, train, adam, clipper, rnd));
      double score = dev.score(model);
      scores.add(score);
      LOG.info("tagger epoch {}: train nll/token {} dev score {}", epoch, losses.get(losses.size() - 1), score);
      if (best == null || score > bestScore) {
        bestScore = score;
        bestEpoch = epoch;
        best = snapshot(params);
        if (options.checkpoint() != null) {
          params.save(options.checkpoint());
        }
      } else if (epoch - bestEpoch >= options.patience()) {
        LOG.info("tagger: no dev improvement for {} epochs, stopping", options.patience());
        break;
      }
    }
    params.assign(best, "best epoch " + bestEpoch + " snapshot");
    return new Result(bestScore, bestEpoch, epoch, losses, scores);
  }

  private double runEpoch(
      TaggerModel model, List<TaggedSentence> train, Adam adam, GradientClipper clipper, SplittableRandom rnd) {
    int[] order = shuffled(train.size(), rnd);
    double nll = 0;
    long tokens = 0;
    for (int from = 0; from < order.length; from += options.batchSize()) {
      List<TaggedSentence> chunk = new ArrayList<>();
      for (int i = from; i < Math.min(order.length, from + options.batchSize()); i++) {
        chunk.add(train.get(order[i]));
      }
      TaggerBatch batch = TaggerBatch.of(chunk, model.vocab(), model.dataType());
      model.params().zeroGrad();
      TaggerModel.BatchLoss loss = model.lossAndGradients(batch, rnd);
      clipper.clip(model.params().list());
      adam.step();
      nll += loss.nll();
      tokens += loss.tokens();
    }
    return nll / tokens;
  }

  private static int[] shuffled(int n, SplittableRandom rnd) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    return order;
  }

  private static Map<String, INDArray> snapshot(ParamSet params) {
    Map<String, INDArray> copy = new LinkedHashMap<>();
    params.values().forEach((k, v) -> copy.put(k, v.dup()));
    return copy;
  }
}

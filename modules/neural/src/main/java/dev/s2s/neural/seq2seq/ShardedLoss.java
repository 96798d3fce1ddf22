package dev.s2s.neural.seq2seq;

import dev.s2s.neural.nn.ParallelShards;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.SoftmaxCrossEntropy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Data-parallel teacher-forced loss: a batch is cut into k interleaved shards ({@link
 * Seq2SeqBatch#split}); shard 0 runs on the model, shard s on replica s (same architecture, values
 * copied from the model before every batch, gradients of its own), all at once on {@link
 * ParallelShards}; the replicas' gradients are then added into the model's. The gradient is that
 * of the whole batch's summed NLL times the given scale, as {@link Seq2SeqModel#loss} computes it.
 *
 * <p>Repeatability: shard s draws its dropout masks from the s-th {@code split()} of the batch's
 * random stream (with k = 1, from the stream itself) and the gradients are summed in shard order,
 * so the result depends on k and the seed, not on the machine or on thread timing.
 */
public final class ShardedLoss implements AutoCloseable {
  private final Seq2SeqModel model;
  private final List<Seq2SeqModel> replicas = new ArrayList<>();
  private final ParallelShards workers;
  private final double labelSmoothing;

  /** @param shards k >= 1 (k - 1 replicas are built) */
  public ShardedLoss(Seq2SeqModel model, int shards) {
    this(model, shards, 0);
  }

  /**
   * @param shards k >= 1 (k - 1 replicas are built)
   * @param labelSmoothing epsilon of the label-smoothed cross-entropy whose gradient backward adds
   *     (0 = plain NLL, 0 <= epsilon < 1); the returned NLL is always the plain one
   */
  public ShardedLoss(Seq2SeqModel model, int shards, double labelSmoothing) {
    this.labelSmoothing = SoftmaxCrossEntropy.requireSmoothing(labelSmoothing);
    this.model = model;
    this.workers = new ParallelShards(shards);
    replicas.add(model);
    for (int s = 1; s < shards; s++) {
      replicas.add(model.replica());
    }
  }

  public int shards() {
    return workers.shards();
  }

  /**
   * The loss of {@code batch}; with {@code backward}, adds the gradients of gradScale * summed NLL
   * (label-smoothed if this loss was built with a smoothing) into the model's parameters.
   *
   * @param dropoutRnd dropout randomness, null for evaluation
   */
  public Seq2SeqModel.Loss loss(Seq2SeqBatch batch, String lang, SplittableRandom dropoutRnd, boolean backward,
      double gradScale) {
    if (shards() == 1 || batch.size() == 1) {
      return model.loss(batch, lang, dropoutRnd, backward, gradScale, labelSmoothing);
    }
    List<Seq2SeqBatch> parts = batch.split(shards());
    SplittableRandom[] rnds = new SplittableRandom[parts.size()];
    for (int s = 0; s < rnds.length; s++) {
      rnds[s] = dropoutRnd == null ? null : dropoutRnd.split();
      if (s > 0) {
        model.copyValuesTo(replicas.get(s));
        replicas.get(s).params().zeroGrad();
      }
    }
    List<Seq2SeqModel.Loss> losses = workers.run(parts.size(),
        s -> replicas.get(s).loss(parts.get(s), lang, rnds[s], backward, gradScale, labelSmoothing));
    if (backward) {
      for (int s = 1; s < parts.size(); s++) {
        addGradients(replicas.get(s), model);
      }
    }
    return merge(losses, batch.size());
  }

  private static void addGradients(Seq2SeqModel from, Seq2SeqModel into) {
    List<Param> src = from.paramList();
    List<Param> dst = into.paramList();
    for (int i = 0; i < src.size(); i++) {
      dst.get(i).grad().addi(src.get(i).grad());
    }
  }

  /** Sums the shards' NLL and tokens; sentence NLL back in batch order (sentence i in shard i % k). */
  private static Seq2SeqModel.Loss merge(List<Seq2SeqModel.Loss> losses, int size) {
    int k = losses.size();
    double nll = 0;
    long tokens = 0;
    double[] sentences = new double[size];
    for (int s = 0; s < k; s++) {
      Seq2SeqModel.Loss l = losses.get(s);
      nll += l.nll();
      tokens += l.tokens();
      double[] part = l.sentenceNll();
      for (int j = 0; j < part.length; j++) {
        sentences[s + j * k] = part[j];
      }
    }
    return new Seq2SeqModel.Loss(nll, tokens, sentences);
  }

  @Override
  public void close() {
    workers.close();
  }
}

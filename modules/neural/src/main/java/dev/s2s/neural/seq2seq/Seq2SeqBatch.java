package dev.s2s.neural.seq2seq;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A padded, time-major batch of sentence pairs built from token ids. Source ids are used as
 * given (append an end marker yourself if the model should see one); the target side becomes
 * decoder inputs [BOS, y1..yL] and outputs [y1..yL, EOS] (L+1 counted steps). All id arrays are
 * flat in time-major order: position t*batch + b. Padding positions hold the pad id.
 */
public final class Seq2SeqBatch {
  private final int batch;
  private final int sourceSteps;
  private final int targetSteps;
  private final int[] sourceIds;
  private final float[] sourceMask;
  private final int[] sourceLengths;
  private final int[] targetIn;
  private final int[] targetOut;
  private final float[] targetMask;
  private final long targetTokens;
  private final List<int[]> sources;
  private final List<int[]> targets;
  private final SpecialTokens special;

  private Seq2SeqBatch(List<int[]> sources, List<int[]> targets, SpecialTokens special, int batch, int sourceSteps, int targetSteps, int[] sourceIds, float[] sourceMask,
      int[] sourceLengths, int[] targetIn, int[] targetOut, float[] targetMask, long targetTokens) {
    this.sources = sources;
    this.targets = targets;
    this.special = special;
    this.batch = batch;
    this.sourceSteps = sourceSteps;
    this.targetSteps = targetSteps;
    this.sourceIds = sourceIds;
    this.sourceMask = sourceMask;
    this.sourceLengths = sourceLengths;
    this.targetIn = targetIn;
    this.targetOut = targetOut;
    this.targetMask = targetMask;
    this.targetTokens = targetTokens;
  }

  /**
   * @param sources source sentences (ids), at least one token each
   * @param targets target sentences without BOS/EOS, same count as sources; null for a
   *     source-only batch (translation)
   */
  public static Seq2SeqBatch of(List<int[]> sources, List<int[]> targets, SpecialTokens special) {
    int b = sources.size();
    if (b == 0) {
      throw new IllegalArgumentException("empty batch");
    }
    if (targets != null && targets.size() != b) {
      throw new IllegalArgumentException(b + " sources but " + targets.size() + " targets");
    }
    int ts = 0;
    int tt = 0;
    for (int i = 0; i < b; i++) {
      if (sources.get(i).length == 0) {
        throw new IllegalArgumentException("source sentence " + i + " of the batch is empty");
      }
      ts = Math.max(ts, sources.get(i).length);
      if (targets != null) {
        tt = Math.max(tt, targets.get(i).length + 1);
      }
    }
    int[] src = new int[ts * b];
    float[] srcMask = new float[ts * b];
    int[] lengths = new int[b];
    java.util.Arrays.fill(src, special.pad());
    for (int i = 0; i < b; i++) {
      int[] s = sources.get(i);
      lengths[i] = s.length;
      for (int t = 0; t < s.length; t++) {
        src[t * b + i] = s[t];
        srcMask[t * b + i] = 1;
      }
    }
    int[] in = new int[tt * b];
    int[] out = new int[tt * b];
    float[] tgtMask = new float[tt * b];
    java.util.Arrays.fill(in, special.pad());
    java.util.Arrays.fill(out, special.pad());
    long tokens = 0;
    if (targets != null) {
      for (int i = 0; i < b; i++) {
        int[] y = targets.get(i);
        for (int t = 0; t <= y.length; t++) {
          in[t * b + i] = t == 0 ? special.bos() : y[t - 1];
          out[t * b + i] = t == y.length ? special.eos() : y[t];
          tgtMask[t * b + i] = 1;
          tokens++;
        }
      }
    }
    return new Seq2SeqBatch(List.copyOf(sources), targets == null ? null : List.copyOf(targets), special,
        b, ts, tt, src, srcMask, lengths, in, out, tgtMask, tokens);
  }

  /**
   * This batch cut into min(k, size) sub-batches: sentence i goes to sub-batch i % k, at
   * position i / k. Interleaving keeps the sub-batches' lengths alike when the batch is sorted by
   * length (a bucketed batch), so that shards computed in parallel take about the same time.
   */
  public List<Seq2SeqBatch> split(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("cannot split a batch into " + k + " parts");
    }
    int parts = Math.min(k, batch);
    List<Seq2SeqBatch> out = new java.util.ArrayList<>(parts);
    for (int p = 0; p < parts; p++) {
      List<int[]> src = new java.util.ArrayList<>();
      List<int[]> tgt = targets == null ? null : new java.util.ArrayList<>();
      for (int i = p; i < batch; i += k) {
        src.add(sources.get(i));
        if (tgt != null) {
          tgt.add(targets.get(i));
        }
      }
      out.add(of(src, tgt, special));
    }
    return out;
  }

  public int size() {
    return batch;
  }

  /** The source id sequences, in batch order (unmodifiable). */
  public List<int[]> sources() {
    return java.util.Collections.unmodifiableList(sources);
  }

  public int sourceSteps() {
    return sourceSteps;
  }

  /** Decoder steps (longest target + 1), 0 for a source-only batch. */
  public int targetSteps() {
    return targetSteps;
  }

  /** [sourceSteps * batch] time-major. */
  public int[] sourceIds() {
    return sourceIds;
  }

  public int[] sourceLengths() {
    return sourceLengths;
  }

  /** Source mask [sourceSteps, batch]. */
  public INDArray sourceMask(DataType dataType) {
    return Nd4j.create(sourceMask, new long[] {sourceSteps, batch}, DataType.FLOAT).castTo(dataType);
  }

  /** Decoder inputs [targetSteps * batch] time-major (BOS first). */
  public int[] targetIn() {
    return targetIn;
  }

  /** Decoder outputs [targetSteps * batch] time-major (EOS last). */
  public int[] targetOut() {
    return targetOut;
  }

  /** Decoder mask values [targetSteps * batch]. */
  public float[] targetMaskValues() {
    return targetMask;
  }

  /** Target mask [targetSteps, batch]. */
  public INDArray targetMask(DataType dataType) {
    return Nd4j.create(targetMask, new long[] {targetSteps, batch}, DataType.FLOAT).castTo(dataType);
  }

  /** Counted target tokens (sum of target lengths + 1 per sentence for EOS). */
  public long targetTokens() {
    return targetTokens;
  }
}

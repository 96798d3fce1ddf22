package dev.s2s.neural.nn;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Token embedding table W [vocab, dim]. Forward gathers rows for a flat id array (for a time-major
 * [time, batch] id matrix pass ids in row-major order, position t*batch+b) giving [n, dim]; backward
 * scatter-adds the [n, dim] gradient into W's gradient (repeated ids accumulate).
 */
public final class Embedding {
  /**
   * Entries start uniform in [-sqrt(3), sqrt(3)] (variance 1, as PyTorch's N(0, 1) default). With
   * the +-0.1 used before, the token signal entering the recurrent layers was drowned by their
   * recurrent term: a Cho GRU on 3,000 Multi30k pairs stayed at the unigram loss (about 5.7 nats
   * per token) for 400 Adam steps, while variance-1 embeddings reached 3.4.
   */
  public static final double UNIT_VARIANCE_BOUND = Math.sqrt(3.0);

  private final Param weight;
  private final int vocab;
  private final int dim;

  /** A table initialised with unit variance ({@link #UNIT_VARIANCE_BOUND}). */
  public Embedding(String name, int vocab, int dim, DataType dataType, SplittableRandom rnd) {
    this(name, vocab, dim, UNIT_VARIANCE_BOUND, dataType, rnd);
  }

  /** A table initialised uniform in [-initBound, initBound]. */
  public Embedding(String name, int vocab, int dim, double initBound, DataType dataType, SplittableRandom rnd) {
    this.vocab = vocab;
    this.dim = dim;
    this.weight = new Param(name + ".W", Nd4j.zeros(dataType, vocab, dim));
    Init.uniform(weight.value(), initBound, rnd);
  }

  public Param weight() {
    return weight;
  }

  public int vocabSize() {
    return vocab;
  }

  public int dim() {
    return dim;
  }

  /** Rows of W for {@code ids}: [ids.length, dim]. */
  public INDArray forward(int[] ids) {
    checkIds(ids);
    return Nd4j.pullRows(weight.value(), 1, ids);
  }

  /** Adds {@code dOut} [ids.length, dim] into W's gradient rows {@code ids}. */
  public void backward(int[] ids, INDArray dOut) {
    Shapes.require("embedding output gradient", dOut, ids.length, dim);
    // Sum rows per distinct id in Java first so the scatter sees each index once.
    int[] slot = new int[vocab];
    java.util.Arrays.fill(slot, -1);
    int[] uniq = new int[ids.length];
    int u = 0;
    for (int id : ids) {
      if (slot[id] < 0) {
        slot[id] = u;
        uniq[u++] = id;
      }
    }
    INDArray d = Shapes.contiguous(dOut);
    INDArray updates;
    if (d.dataType() == DataType.DOUBLE) {
      double[] src = d.data().asDouble();
      double[] acc = new double[u * dim];
      for (int i = 0; i < ids.length; i++) {
        int base = slot[ids[i]] * dim;
        for (int j = 0, s = i * dim; j < dim; j++, s++) {
          acc[base + j] += src[s];
        }
      }
      updates = Nd4j.create(acc, new long[] {u, dim}, DataType.DOUBLE);
    } else {
      float[] src = d.castTo(DataType.FLOAT).data().asFloat();
      float[] acc = new float[u * dim];
      for (int i = 0; i < ids.length; i++) {
        int base = slot[ids[i]] * dim;
        for (int j = 0, s = i * dim; j < dim; j++, s++) {
          acc[base + j] += src[s];
        }
      }
      updates = Nd4j.create(acc, new long[] {u, dim}, DataType.FLOAT).castTo(weight.grad().dataType());
    }
    INDArray idx = Nd4j.createFromArray(java.util.Arrays.copyOf(uniq, u));
    INDArray g = weight.grad();
    ScatterAdd op = new ScatterAdd(g, idx, updates);
    op.addOutputArgument(g);
    Nd4j.exec(op);
  }

  /** Throws IllegalArgumentException unless every id is in [0, vocabSize()). */
  public void checkIds(int[] ids) {
    for (int id : ids) {
      if (id < 0 || id >= vocab) {
        throw new IllegalArgumentException("token id " + id + " outside vocabulary [0, " + vocab + ")");
      }
    }
  }
}

package dev.s2s.neural.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * For inference: the table T = E W + b [vocab, out] of an embedding E [vocab, dim] followed by a
 * linear map W [dim, out] and bias b [1, out], so that a decoding step gathers rows of T instead of
 * multiplying the embedded words by W (on the bench shapes, one product and two ND4J ops fewer per
 * step).
 *
 * <p>The cache is never stale: it keeps copies of E, W and b ({@link WeightSnapshot}), compares them
 * with the current values on every {@link #table()} call and rebuilds the table when anything
 * differs. Only FLOAT weights are cached; for other types {@link #table()} returns null.
 */
public final class ProjectedEmbeddingCache {
  private final Param embedding;
  private final Param weight;
  private final Param bias;
  private WeightSnapshot snapshot;
  private INDArray table;

  /** @param embedding E [vocab, dim]; @param weight W [dim, out]; @param bias b [1, out] */
  public ProjectedEmbeddingCache(Param embedding, Param weight, Param bias) {
    this(embedding, weight, bias, false);
  }

  private ProjectedEmbeddingCache(Param embedding, Param weight, Param bias, boolean leadingRows) {
    long dim = embedding.value().size(1);
    if (leadingRows && weight.value().size(0) < dim) {
      throw new IllegalArgumentException("projected embedding weight " + java.util.Arrays.toString(weight.value().shape())
          + " has fewer rows than the embedding's " + dim + " columns");
    }
    Shapes.require("projected embedding weight [dim, out]", weight.value(), leadingRows ? -1 : dim, -1);
    Shapes.require("projected embedding bias [1, out]", bias.value(), 1, weight.value().size(1));
    this.embedding = embedding;
    this.weight = weight;
    this.bias = bias;
  }

  /**
   * The table T = E W[0:dim] + b of a weight W [in, out] whose first dim rows multiply the
   * embedding and whose other rows multiply other input features (a tagger's character and casing
   * features): those are left to the caller.
   */
  public static ProjectedEmbeddingCache ofLeadingRows(Param embedding, Param weight, Param bias) {
    return new ProjectedEmbeddingCache(embedding, weight, bias, true);
  }

  /** T = E W + b [vocab, out] for the current weights, or null when they are not FLOAT. */
  public synchronized INDArray table() {
    if (embedding.value().dataType() != DataType.FLOAT) {
      return null;
    }
    if (snapshot == null) {
      snapshot = new WeightSnapshot(embedding, weight, bias);
    }
    if (table == null || !snapshot.isCurrent()) {
      Scratch.outside(this::rebuild); // the cache outlives the search workspace it is first used in
    }
    return table;
  }

  private INDArray rebuild() {
    INDArray[] w = snapshot.take(); // E, W, b
    long dim = w[0].size(1);
    INDArray rows = w[1].size(0) == dim ? w[1] : w[1].get(NDArrayIndex.interval(0, dim), NDArrayIndex.all());
    table = Blas.mmul(w[0], rows).addiRowVector(w[2]);
    return table;
  }

  /**
   * Rows {@code ids} of a {@link #table()} plus {@code add} [ids.length, out], in one pass: the
   * first layer's input projection of a decoding step with the context term added.
   */
  public static INDArray gatherPlus(INDArray table, int[] ids, INDArray add) {
    Shapes.require("added rows", add, ids.length, table.size(1));
    INDArray out = Nd4j.createUninitialized(table.dataType(), ids.length, table.size(1));
    if (!FloatBlock.fits(add)) {
      return out.assign(Nd4j.pullRows(table, 1, ids)).addi(add);
    }
    FloatBlock t = FloatBlock.of(table);
    FloatBlock a = FloatBlock.of(add);
    FloatBlock o = FloatBlock.of(out);
    int cols = t.cols();
    float[] row = new float[cols];
    float[] plus = new float[cols];
    for (int i = 0; i < ids.length; i++) {
      t.readRow(ids[i], 0, row, 0, cols);
      a.readRow(i, 0, plus, 0, cols);
      for (int j = 0; j < cols; j++) {
        row[j] += plus[j];
      }
      o.writeRow(i, 0, row, 0, cols);
    }
    return out;
  }

}

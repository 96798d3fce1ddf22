package dev.s2s.neural.tagger;

import dev.s2s.neural.nn.Blas;
import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ProjectedEmbeddingCache;
import dev.s2s.neural.rnn.BidirectionalLayer;
import dev.s2s.neural.rnn.RecurrentLayer;
import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * FLOAT inference of a tagger whose encoder is one bidirectional layer, without multiplying word
 * embeddings: a direction's input projection of token i, x_i W + b with x_i = [word embedding;
 * other features (characters, casing)], is row w_i of the table E W[0:wordDim] + b [vocab, gates*H]
 * plus the other features times W's remaining rows. The tables are {@link ProjectedEmbeddingCache}s
 * (rebuilt when the weights change); the sums are the same up to float rounding.
 *
 * <p>Why: in the word2vec tagger (features 100 + 50 + 5, GRU 200 per direction) the input
 * projections were about a quarter of tagging time, two thirds of it the embedding part; with the
 * tables it tags eng.testb about 1.2x faster (eval/results/tagging/bigru-crf.md). Cost: the two
 * tables [vocab, gates*H] and the caches' copies of E, built on the first call and after every
 * weight change (for that tagger 2 x 99 MB and 2 x 17 MB, about 0.2 s).
 */
final class WordProjectionTables {
  private final BidirectionalLayer layer;
  private final int wordDim;
  private final ProjectedEmbeddingCache forward;
  private final ProjectedEmbeddingCache backward;

  /** Both directions' tables, as they were when {@link #current()} returned them. */
  record Tables(INDArray forward, INDArray backward) {}

  WordProjectionTables(BidirectionalLayer layer, Param embedding) {
    this.layer = layer;
    this.wordDim = (int) embedding.value().size(1);
    this.forward = cache(embedding, layer.forwardDirection());
    this.backward = cache(embedding, layer.backwardDirection());
  }

  private static ProjectedEmbeddingCache cache(Param embedding, RecurrentLayer direction) {
    return ProjectedEmbeddingCache.ofLeadingRows(embedding, direction.cell().inputWeight(), direction.cell().bias());
  }

  BidirectionalLayer layer() {
    return layer;
  }

  /** The tables for the current weights (compared with them once per call), or null when not FLOAT. */
  Tables current() {
    INDArray f = forward.table();
    INDArray b = backward.table();
    return f == null || b == null || !FloatBlock.fits(f) || !FloatBlock.fits(b) ? null : new Tables(f, b);
  }

  /**
   * The input projection of {@code direction} [n, gates*H], row i for token {@code order[i]} (null:
   * token i) of {@code wordIds} [n] and {@code other} [n, in - wordDim] (null when the tagger has no
   * other features).
   */
  INDArray project(Tables tables, RecurrentLayer direction, int[] wordIds, INDArray other, int[] order) {
    INDArray table = direction == layer.forwardDirection() ? tables.forward() : tables.backward();
    int n = wordIds.length;
    int width = (int) table.size(1);
    INDArray out = Nd4j.createUninitialized(DataType.FLOAT, n, width);
    FloatBlock src = FloatBlock.of(table);
    FloatBlock dst = FloatBlock.of(out);
    FloatBuffer from = src.buffer();
    FloatBuffer to = dst.buffer();
    for (int i = 0; i < n; i++) {
      int w = wordIds[order == null ? i : order[i]];
      to.put(dst.index(i, 0), from, src.index(w, 0), width);
    }
    if (other != null) {
      INDArray rows = order == null ? other : Nd4j.pullRows(other, 1, order);
      INDArray w = direction.cell().inputWeight().value();
      Blas.gemm(rows, false, w.get(NDArrayIndex.interval(wordDim, w.size(0)), NDArrayIndex.all()), false, out, 1.0, 1.0);
    }
    return out;
  }
}

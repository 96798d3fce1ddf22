package dev.s2s.neural.seq2seq;

import dev.s2s.neural.nn.Dropout;
import dev.s2s.neural.nn.Embedding;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.rnn.LengthOrder;
import dev.s2s.neural.rnn.StackedRnn;
import dev.s2s.neural.rnn.StepMask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Source encoder: embedding [vocab, embDim] followed by stacked (optionally bidirectional)
 * recurrent layers. The summary c [batch, contextSize()] is the top layer's final state (for a
 * bidirectional top layer the concatenation [forward final | backward final], contextSize = 2H);
 * no projection is applied because the decoder accepts any context size. All top-layer states
 * [time, batch, contextSize] are exposed for attention or tagging heads. Dropout (training only)
 * is applied to the embeddings and between layers.
 */
public final class Encoder {
  private final Embedding embedding;
  private final StackedRnn rnn;
  private final Dropout dropout;

  /** Parameter names start with {@code name} (e.g. "encoder"). */
  public Encoder(String name, EncoderConfig c, DataType dataType, SplittableRandom rnd) {
    this(name, c.vocab(), c.embDim(), c.cell(), c.hidden(), c.layers(), c.bidirectional(), c.dropout(), dataType, rnd);
  }

  /** Parameter names start with {@code name} (e.g. "encoder"). */
  public Encoder(String name, int vocab, int embDim, CellType cell, int hidden, int layers, boolean bidirectional,
      double dropout, DataType dataType, SplittableRandom rnd) {
    this.embedding = new Embedding(name + ".emb", vocab, embDim, dataType, rnd);
    this.rnn = StackedRnn.build(name + ".rnn", cell, embDim, hidden, layers, bidirectional, dropout, dataType, rnd);
    this.dropout = new Dropout(dropout);
  }

  public int contextSize() {
    return rnn.outputSize();
  }

  public int vocabSize() {
    return embedding.vocabSize();
  }

  public List<Param> params() {
    List<Param> ps = new ArrayList<>();
    ps.add(embedding.weight());
    ps.addAll(rnn.params());
    return ps;
  }

  /** Encoder result; the recurrent layers ran on the rows sorted by length ({@link LengthOrder}). */
  public static final class Forward {
    final int[] sortedIds;
    final INDArray embMask;
    final StackedRnn.Forward rnn;
    final LengthOrder order;
    final int steps;
    final int batch;
    private INDArray context;
    private INDArray states;

    Forward(int[] sortedIds, INDArray embMask, StackedRnn.Forward rnn, LengthOrder order, int steps, int batch) {
      this.sortedIds = sortedIds;
      this.embMask = embMask;
      this.rnn = rnn;
      this.order = order;
      this.steps = steps;
      this.batch = batch;
    }

    /** c [batch, contextSize], rows in the batch's order. */
    public INDArray context() {
      if (context == null) {
        List<INDArray> fs = rnn.finalStates();
        context = order.restoreRows(fs.get(fs.size() - 1));
      }
      return context;
    }

    /** Top-layer states [time, batch, contextSize], rows in the batch's order. */
    public INDArray states() {
      if (states == null) {
        states = order.restoreSteps(rnn.outputs());
      }
      return states;
    }
  }

  /**
   * Runs the recurrent layers on the rows sorted by decreasing source length, so that padding costs
   * no recurrent work; results come back in the batch's order.
   *
   * @param ids time-major source ids [steps * batch]
   * @param mask [steps, batch] prefix mask, or null when no row is padded
   * @param rnd dropout randomness, null for evaluation
   */
  public Forward forward(int[] ids, int steps, int batch, INDArray mask, SplittableRandom rnd) {
    if (ids.length != steps * batch) {
      throw new IllegalArgumentException("source ids length " + ids.length + " != steps " + steps + " * batch " + batch);
    }
    int[] lengths = mask == null ? new int[batch] : new StepMask(mask, steps, batch, mask.dataType()).lengths();
    return forward(ids, steps, batch, mask, lengths, rnd);
  }

  public Forward forward(Seq2SeqBatch b, DataType dataType, SplittableRandom rnd) {
    return forward(b.sourceIds(), b.sourceSteps(), b.size(), b.sourceMask(dataType), b.sourceLengths(), rnd);
  }

  /** As {@link #forward(int[], int, int, INDArray, SplittableRandom)}, with the mask's row lengths known. */
  private Forward forward(int[] ids, int steps, int batch, INDArray mask, int[] lengths, SplittableRandom rnd) {
    LengthOrder order = LengthOrder.of(lengths);
    int[] sortedIds = order.sortIds(ids, steps);
    INDArray e = embedding.forward(sortedIds);
    INDArray m = dropout.mask(e.dataType(), rnd, e.shape());
    e = Dropout.apply(e, m).reshape('c', steps, batch, embedding.dim());
    INDArray sortedMask = mask == null ? null : order.sortMask(mask);
    return new Forward(sortedIds, m, rnn.forward(e, sortedMask, null, rnd), order, steps, batch);
  }

  /**
   * Adds parameter gradients.
   *
   * @param dContext [batch, contextSize] or null
   * @param dStates [time, batch, contextSize] or null
   */
  public void backward(Forward f, INDArray dContext, INDArray dStates) {
    int layers = rnn.layers().size();
    INDArray[] dFinal = new INDArray[layers];
    dFinal[layers - 1] = dContext == null ? null : f.order.sortRows(dContext);
    INDArray dSorted = dStates == null ? null : f.order.sortSteps(dStates);
    StackedRnn.Backward b = rnn.backward(f.rnn, dSorted, Arrays.asList(dFinal));
    INDArray dE = b.dInputs().reshape('c', (long) f.steps * f.batch, embedding.dim());
    if (f.embMask != null) {
      dE = dE.mul(f.embMask);
    }
    embedding.backward(f.sortedIds, dE);
  }
}

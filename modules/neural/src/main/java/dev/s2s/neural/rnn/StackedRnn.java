package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Dropout;
import dev.s2s.neural.nn.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stacked {@link SequenceLayer}s: layer l reads layer l-1's outputs (after dropout, when training).
 * Initial states and final states are per layer, each [batch, layer outputSize].
 */
public final class StackedRnn {
  private final List<SequenceLayer> layers;
  private final Dropout dropout;

  public StackedRnn(List<SequenceLayer> layers, double dropoutBetweenLayers) {
    if (layers.isEmpty()) {
      throw new IllegalArgumentException("a stacked RNN needs at least one layer");
    }
    for (int l = 1; l < layers.size(); l++) {
      if (layers.get(l).inputSize() != layers.get(l - 1).outputSize()) {
        throw new IllegalArgumentException("layer " + l + " input size " + layers.get(l).inputSize()
            + " != layer " + (l - 1) + " output size " + layers.get(l - 1).outputSize());
      }
    }
    this.layers = List.copyOf(layers);
    this.dropout = new Dropout(dropoutBetweenLayers);
  }

  /**
   * Builds {@code numLayers} layers of {@code type}, bidirectional if asked (then each layer's
   * output is 2*hidden). Parameter names: name + ".l<k>" (+ ".fwd"/".bwd").
   */
  public static StackedRnn build(String name, CellType type, int inputSize, int hidden, int numLayers,
      boolean bidirectional, double dropout, DataType dataType, SplittableRandom rnd) {
    return build(name, type, 1.0, inputSize, hidden, numLayers, bidirectional, dropout, dataType, rnd);
  }

  /** As above, IRNN layers starting from {@code identityScale} times the identity. */
  public static StackedRnn build(String name, CellType type, double identityScale, int inputSize, int hidden,
      int numLayers, boolean bidirectional, double dropout, DataType dataType, SplittableRandom rnd) {
    List<SequenceLayer> ls = new ArrayList<>();
    int in = inputSize;
    for (int l = 0; l < numLayers; l++) {
      String n = name + ".l" + l;
      if (bidirectional) {
        ls.add(new BidirectionalLayer(
            new RecurrentLayer(type.create(n + ".fwd", in, hidden, identityScale, dataType, rnd)),
            new RecurrentLayer(type.create(n + ".bwd", in, hidden, identityScale, dataType, rnd))));
        in = 2 * hidden;
      } else {
        ls.add(new RecurrentLayer(type.create(n, in, hidden, identityScale, dataType, rnd)));
        in = hidden;
      }
    }
    return new StackedRnn(ls, dropout);
  }

  public List<SequenceLayer> layers() {
    return layers;
  }

  /** The layer of a one-layer bidirectional stack (whose forward is that layer's), or null. */
  public BidirectionalLayer onlyBidirectionalLayer() {
    return layers.size() == 1 && layers.get(0) instanceof BidirectionalLayer b ? b : null;
  }

  public int inputSize() {
    return layers.get(0).inputSize();
  }

  public int outputSize() {
    return layers.get(layers.size() - 1).outputSize();
  }

  public List<Param> params() {
    List<Param> ps = new ArrayList<>();
    layers.forEach(l -> ps.addAll(l.params()));
    return ps;
  }

  /** Per-layer forward results and the dropout masks applied between layers. */
  public static final class Forward {
    final List<SequenceLayer.Forward> results = new ArrayList<>();
    final List<INDArray> masks = new ArrayList<>();

    /** Top layer outputs [time, batch, outputSize]. */
    public INDArray outputs() {
      return results.get(results.size() - 1).outputs();
    }

    /**
     * Per layer, the whole state to carry into a continuation of the sequences: [batch, stateSize]
     * for a recurrent layer (an LSTM's [h | c]), the final state otherwise.
     */
    public List<INDArray> carriedStates() {
      List<INDArray> fs = new ArrayList<>();
      results.forEach(r -> fs.add(r instanceof RecurrentLayer.Result rr ? rr.carriedState() : r.finalState()));
      return fs;
    }

    /** Final states per layer, each [batch, layer outputSize]. */
    public List<INDArray> finalStates() {
      List<INDArray> fs = new ArrayList<>();
      results.forEach(r -> fs.add(r.finalState()));
      return fs;
    }
  }

  /**
   * @param initial per-layer initial states or null for zeros (entries may be null)
   * @param rnd dropout randomness, null for evaluation (no dropout)
   */
  public Forward forward(INDArray x, INDArray mask, List<INDArray> initial, SplittableRandom rnd) {
    Forward f = new Forward();
    INDArray in = x;
    for (int l = 0; l < layers.size(); l++) {
      if (l > 0) {
        INDArray m = dropout.mask(in.dataType(), rnd, in.shape());
        f.masks.add(m);
        in = Dropout.apply(in, m);
      }
      SequenceLayer.Forward r = layers.get(l).forward(in, mask, initial == null ? null : initial.get(l));
      f.results.add(r);
      in = r.outputs();
    }
    return f;
  }

  /** Input gradient [time, batch, in] and per-layer initial-state gradients. */
  public record Backward(INDArray dInputs, List<INDArray> dInitial) {}

  /**
   * @param dOutputs gradient of the top outputs, or null
   * @param dFinal per-layer final-state gradients, or null (entries may be null)
   */
  public Backward backward(Forward f, INDArray dOutputs, List<INDArray> dFinal) {
    INDArray[] dInit = new INDArray[layers.size()];
    INDArray d = dOutputs;
    for (int l = layers.size() - 1; l >= 0; l--) {
      SequenceLayer.Backward b = layers.get(l).backward(f.results.get(l), d, dFinal == null ? null : dFinal.get(l));
      dInit[l] = b.dInitial();
      d = b.dInputs();
      if (l > 0 && f.masks.get(l - 1) != null) {
        d = d.mul(f.masks.get(l - 1));
      }
    }
    return new Backward(d, List.of(dInit));
  }
}

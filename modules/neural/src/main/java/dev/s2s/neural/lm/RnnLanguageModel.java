package dev.s2s.neural.lm;

import dev.s2s.eval.Perplexity;
import dev.s2s.neural.nn.ClassBasedSoftmax;
import dev.s2s.neural.nn.Dropout;
import dev.s2s.neural.nn.Embedding;
import dev.s2s.neural.nn.OutputLayer;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.nn.Scratch;
import dev.s2s.neural.nn.SoftmaxOutputLayer;
import dev.s2s.neural.nn.TiedSoftmaxOutputLayer;
import dev.s2s.neural.rnn.StackedRnn;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Recurrent language model: embedding {@code [V, E]} -> stacked unidirectional RNN ({@code [T, B,
 * H]}) -> output layer over V words (full {@link SoftmaxOutputLayer}, {@link ClassBasedSoftmax},
 * or {@link TiedSoftmaxOutputLayer} reusing the embedding table). Trained with truncated BPTT over a
 * {@link TokenStream}; the hidden state of each layer is carried from one segment to the next (its
 * value only: gradients stop at segment borders).
 *
 * <p>State carried between segments is each layer's whole recurrent state: {@code [B, H]}, or
 * {@code [B, 2H]} = [h | c] for an LSTM, whose memory cell thus continues across segments.
 *
 * <p>Parameter names: "lm.emb", "lm.rnn", "lm.out" (only "lm.out.b" when the softmax is tied).
 */
public final class RnnLanguageModel {
  private final RnnLmConfig config;
  private final DataType dataType;
  private final Embedding embedding;
  private final StackedRnn rnn;
  private final OutputLayer output;
  private final Dropout dropout;
  private final ParamSet params = new ParamSet();

  private static OutputLayer outputLayer(RnnLmConfig config, Embedding embedding, DataType dataType, SplittableRandom rnd) {
    if (config.tiedSoftmax()) {
      return new TiedSoftmaxOutputLayer("lm.out", embedding.weight(), dataType);
    }
    return config.classes() == null
        ? new SoftmaxOutputLayer("lm.out", config.hidden(), config.vocab(), dataType, rnd)
        : new ClassBasedSoftmax("lm.out", config.hidden(), config.classes(), dataType, rnd);
  }

  /** A freshly initialised model; {@code seed} fixes every initial value. */
  public RnnLanguageModel(RnnLmConfig config, DataType dataType, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    this.config = config;
    this.dataType = dataType;
    double embeddingBound = config.tiedSoftmax() ? TiedSoftmaxOutputLayer.TABLE_INIT_BOUND : Embedding.UNIT_VARIANCE_BOUND;
    this.embedding = new Embedding("lm.emb", config.vocab(), config.embDim(), embeddingBound, dataType, rnd);
    this.rnn = StackedRnn.build("lm.rnn", config.cell(), config.irnnScale(), config.embDim(), config.hidden(),
        config.layers(), false, config.dropout(), dataType, rnd);
    this.output = outputLayer(config, embedding, dataType, rnd);
    this.dropout = new Dropout(config.dropout());
    params.add(embedding.weight());
    params.addAll(rnn.params());
    params.addAll(output.params());
  }

  public RnnLmConfig config() {
    return config;
  }

  public DataType dataType() {
    return dataType;
  }

  public ParamSet params() {
    return params;
  }

  public OutputLayer output() {
    return output;
  }

  /** Loss of one segment, its backward pass, and the states to carry into the next segment. */
  public interface SegmentLoss {
    /** Summed NLL in nats over the segment's predictions. */
    double nll();

    long tokens();

    /** Per-layer carried states after the segment, {@code [B, stateSize]} (copies outside scratch memory). */
    List<INDArray> finalStates();

    /** Adds the gradients of scale * nll into every parameter. */
    void backward(double scale);
  }

  /**
   * Runs one segment.
   *
   * @param initialStates per-layer states from the previous segment, or null for zeros
   * @param dropoutRnd dropout source, or null for evaluation
   */
  public SegmentLoss forward(TokenStream.Segment s, List<INDArray> initialStates, SplittableRandom dropoutRnd) {
    int n = s.steps() * s.batch();
    INDArray emb = embedding.forward(s.inputs());
    INDArray embMask = dropout.mask(dataType, dropoutRnd, emb.shape());
    INDArray x = Dropout.apply(emb, embMask).reshape('c', s.steps(), s.batch(), config.embDim());
    StackedRnn.Forward rf = rnn.forward(x, null, initialStates, dropoutRnd);
    INDArray top = rf.outputs().reshape('c', n, config.hidden());
    INDArray outMask = dropout.mask(dataType, dropoutRnd, top.shape());
    INDArray hidden = Dropout.apply(top, outMask);
    float[] mask = new float[n];
    java.util.Arrays.fill(mask, 1f);
    OutputLayer.Loss loss = output.loss(hidden, s.targets(), mask);
    List<INDArray> finals = rf.carriedStates().stream().map(INDArray::detach).toList();
    return new SegmentLoss() {
      @Override
      public double nll() {
        return loss.nll();
      }

      @Override

      public long tokens() {
        return loss.tokens();
      }

      @Override

      public List<INDArray> finalStates() {
        return finals;
      }

      @Override

      public void backward(double scale) {
        INDArray dTop = Dropout.apply(loss.backward(scale), outMask).reshape('c', s.steps(), s.batch(), config.hidden());
        INDArray dx = rnn.backward(rf, dTop, null).dInputs().reshape('c', n, config.embDim());
        embedding.backward(s.inputs(), Dropout.apply(dx, embMask));
      }
    };
  }

  /** Summed NLL (nats), counted tokens and the states to carry into the next segment. */
  public record SegmentResult(double nll, long tokens, List<INDArray> finalStates) {}

  /**
   * One training segment in scratch memory: forward, and the gradients of the per-token mean NLL
   * (scale 1/tokens) added into every parameter.
   */
  public SegmentResult trainSegment(TokenStream.Segment s, List<INDArray> initialStates, SplittableRandom dropoutRnd) {
    return Scratch.run("s2s-lm", () -> {
      SegmentLoss l = forward(s, initialStates, dropoutRnd);
      l.backward(1.0 / l.tokens());
      return new SegmentResult(l.nll(), l.tokens(), l.finalStates());
    });
  }

  /** One segment scored without dropout or gradients, in scratch memory. */
  public SegmentResult scoreSegment(TokenStream.Segment s, List<INDArray> initialStates) {
    return Scratch.run("s2s-lm", () -> {
      SegmentLoss l = forward(s, initialStates, null);
      return new SegmentResult(l.nll(), l.tokens(), l.finalStates());
    });
  }

  /**
   * Perplexity of a token stream (no dropout), reading it as {@code batch} parallel streams with
   * state carried across segments of {@code bptt} steps; with batch 1 every token after the first
   * is predicted.
   */
  public Perplexity evaluate(int[] tokens, int batch, int bptt) {
    TokenStream stream = new TokenStream(tokens, batch, bptt);
    List<INDArray> state = null;
    double nll = 0;
    long count = 0;
    for (int k = 0; k < stream.segments(); k++) {
      SegmentResult l = scoreSegment(stream.segment(k), state);
      nll += l.nll();
      count += l.tokens();
      state = l.finalStates();
    }
    return new Perplexity(nll, count);
  }
}

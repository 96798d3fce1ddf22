package dev.s2s.neural.seq2seq;

import dev.s2s.neural.nn.Blas;
import dev.s2s.neural.nn.AttentionStep;
import dev.s2s.neural.nn.BahdanauAttention;
import dev.s2s.neural.nn.Dropout;
import dev.s2s.neural.nn.Embedding;
import dev.s2s.neural.nn.Linear;
import dev.s2s.neural.nn.OutputLayer;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ProjectedEmbeddingCache;
import dev.s2s.neural.nn.Shapes;
import dev.s2s.neural.nn.SoftmaxOutputLayer;
import dev.s2s.neural.nn.TiedSoftmaxOutputLayer;
import dev.s2s.neural.nn.ScoreRows;
import dev.s2s.neural.rnn.RecurrentCell;
import dev.s2s.neural.rnn.RecurrentLayer;
import dev.s2s.neural.rnn.SequenceLayer;
import dev.s2s.neural.rnn.StepHook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Conditional RNN decoder of Cho et al. (2014) for one target language, with its own weights.
 *
 * <ul>
 *   <li>input of the first layer at step t: [emb(y_{t-1}); c], computed as emb W_e + b + c W_c
 *       (c W_c once per sentence, broadcast over time);
 *   <li>initial state of every layer l: h_0^l = tanh(W_init^l c + b^l);
 *   <li>logits from the {@link Readout}: h_t only, [h_t; emb(y_{t-1}); c] linearly, or through a
 *       tanh layer; then an {@link OutputLayer} (full softmax by default; with {@link
 *       DecoderConfig#tiedOutput()} a {@link TiedSoftmaxOutputLayer} over the target embedding table,
 *       which then starts in +-{@link TiedSoftmaxOutputLayer#TABLE_INIT_BOUND}).
 * </ul>
 *
 * With {@code attentionSize > 0} the decoder also attends (Bahdanau et al. 2015,
 * {@link BahdanauAttention}) over the encoder states [srcSteps, batch, contextSize] with the first
 * layer's previous state h_{t-1} as query: the context a_t is added to the first layer's input
 * (a_t W_a, via a {@link StepHook}) and appended to the readout input ([h_t; a_t] for STATE,
 * [h_t; emb(y_{t-1}); c; a_t] otherwise).
 *
 * <p>Shapes: context c [batch, contextSize]; teacher-forced ids flat time-major [steps*batch]; mask
 * [steps, batch].
 */
public final class Decoder {
  private final DecoderConfig cfg;
  private final int contextSize;
  private final DataType dataType;
  private final Embedding emb;
  private final Linear ctxProj;
  private final List<RecurrentLayer> layers = new ArrayList<>();
  private final List<Linear> inits = new ArrayList<>();
  private final Linear readout;
  private final BahdanauAttention attention;
  private final Linear attnIn;
  private final OutputLayer output;
  private final Dropout dropout;
  private final ProjectedEmbeddingCache inputTable;

  /** A decoder with a full-softmax output layer. */
  public Decoder(String name, DecoderConfig cfg, int contextSize, DataType dataType, SplittableRandom rnd) {
    this(name, cfg, contextSize, dataType, rnd, null);
  }

  /**
   * @param output output layer with inputSize == {@link #outputInputSize(DecoderConfig, int)} and
   *     vocabSize == cfg.vocab(), or null for a full softmax
   */
  public Decoder(String name, DecoderConfig cfg, int contextSize, DataType dataType, SplittableRandom rnd, OutputLayer output) {
    this.cfg = cfg;
    this.contextSize = contextSize;
    this.dataType = dataType;
    this.emb = new Embedding(name + ".emb", cfg.vocab(), cfg.embDim(),
        cfg.tiedOutput() ? TiedSoftmaxOutputLayer.TABLE_INIT_BOUND : Embedding.UNIT_VARIANCE_BOUND, dataType, rnd);
    int in = cfg.embDim();
    for (int l = 0; l < cfg.layers(); l++) {
      layers.add(new RecurrentLayer(cfg.cell().create(name + ".rnn.l" + l, in, cfg.hidden(), dataType, rnd)));
      inits.add(new Linear(name + ".init.l" + l, contextSize, cfg.hidden(), true, dataType, rnd));
      in = cfg.hidden();
    }
    this.ctxProj = new Linear(name + ".ctx", contextSize, layers.get(0).cell().projectionSize(), false, dataType, rnd);
    int att = cfg.attentionSize() > 0 ? contextSize : 0;
    this.readout = cfg.readout() == Readout.CONCAT_TANH
        ? new Linear(name + ".readout", cfg.hidden() + cfg.embDim() + contextSize + att, cfg.readoutSize(), true, dataType, rnd)
        : null;
    if (cfg.attentionSize() > 0) {
      this.attention = new BahdanauAttention(name + ".att", cfg.hidden(), contextSize, cfg.attentionSize(), dataType, rnd);
      this.attnIn = new Linear(name + ".attIn", contextSize, layers.get(0).cell().projectionSize(), false, dataType, rnd);
    } else {
      this.attention = null;
      this.attnIn = null;
    }
    int outIn = outputInputSize(cfg, contextSize);
    this.output = cfg.tiedOutput() ? tiedOutput(name, cfg, outIn, output, dataType)
        : output != null ? output : new SoftmaxOutputLayer(name + ".out", outIn, cfg.vocab(), dataType, rnd);
    if (this.output.inputSize() != outIn || this.output.vocabSize() != cfg.vocab()) {
      throw new IllegalArgumentException("output layer " + this.output.inputSize() + "->" + this.output.vocabSize()
          + " does not fit the decoder's " + outIn + "->" + cfg.vocab());
    }
    this.dropout = new Dropout(cfg.dropout());
    RecurrentCell c0 = layers.get(0).cell();
    this.inputTable = new ProjectedEmbeddingCache(emb.weight(), c0.inputWeight(), c0.bias());
  }

  private OutputLayer tiedOutput(String name, DecoderConfig cfg, int outIn, OutputLayer given, DataType dataType) {
    if (given != null) {
      throw new IllegalArgumentException("a tied decoder builds its own softmax; got an output layer " + given);
    }
    if (outIn != cfg.embDim()) {
      throw new IllegalArgumentException("tied output: the output layer reads " + outIn + " values (readout "
          + cfg.readout() + ") but the embedding table has " + cfg.embDim() + " columns");
    }
    return new TiedSoftmaxOutputLayer(name + ".out", emb.weight(), dataType);
  }

  /** Input size the output layer must accept for this config. */
  public static int outputInputSize(DecoderConfig cfg, int contextSize) {
    int att = cfg.attentionSize() > 0 ? contextSize : 0;
    switch (cfg.readout()) {
      case STATE:
        return cfg.hidden() + att;
      case CONCAT:
        return cfg.hidden() + cfg.embDim() + contextSize + att;
      case CONCAT_TANH:
        return cfg.readoutSize();
      default:
        throw new IllegalStateException("unknown readout " + cfg.readout());
    }
  }

  public DecoderConfig config() {
    return cfg;
  }

  public int vocabSize() {
    return cfg.vocab();
  }

  public int contextSize() {
    return contextSize;
  }

  /** Whether this decoder attends over the encoder states. */
  public boolean hasAttention() {
    return attention != null;
  }

  public List<Param> params() {
    List<Param> ps = new ArrayList<>();
    ps.add(emb.weight());
    ps.addAll(ctxProj.params());
    for (int l = 0; l < layers.size(); l++) {
      ps.addAll(layers.get(l).params());
      ps.addAll(inits.get(l).params());
    }
    if (readout != null) {
      ps.addAll(readout.params());
    }
    if (attention != null) {
      ps.addAll(attention.params());
      ps.addAll(attnIn.params());
    }
    ps.addAll(output.params());
    return ps;
  }

  // ---------------------------------------------------------------- teacher forcing

  /** Teacher-forced forward state; {@link #backward} returns dL/dc. */
  public final class TeacherForced {
    private final INDArray context;
    private final int[] yIn;
    private final int steps;
    private final int batch;
    private final INDArray e; // [N, E] after dropout
    private final INDArray eMask;
    private final INDArray[] h0 = new INDArray[layers.size()];
    private final SequenceLayer.Forward[] results = new SequenceLayer.Forward[layers.size()];
    private final INDArray[] interMasks = new INDArray[layers.size()];
    private INDArray topMask;
    private INDArray cat;
    private INDArray tanhOut;
    private OutputLayer.Loss loss;
    // attention
    private INDArray encStates; // [S, B, C]
    private INDArray srcMask; // [S, B]
    private INDArray keys; // [S, B, A]
    private AttentionStep[] attSteps;
    private INDArray attCtx; // [N, C]
    private INDArray dAttCtxReadout; // [N, C]
    private INDArray dKeys;
    private INDArray dEnc;

    private TeacherForced(INDArray context, int[] yIn, int steps, int batch, SplittableRandom rnd) {
      this.context = context;
      this.yIn = yIn;
      this.steps = steps;
      this.batch = batch;
      INDArray raw = emb.forward(yIn);
      eMask = dropout.mask(dataType, rnd, raw.shape());
      e = Dropout.apply(raw, eMask);
    }

    public double nll() {
      return loss.nll();
    }

    public long tokens() {
      return loss.tokens();
    }

    /** Per-sentence NLL [batch] (sum over its counted steps). */
    public double[] sentenceNll() {
      double[] rows = loss.rowNll();
      double[] s = new double[batch];
      for (int i = 0; i < rows.length; i++) {
        s[i % batch] += rows[i];
      }
      return s;
    }

    /** Adds gradients of scale * nll into all decoder params; returns dL/dc [batch, contextSize]. */
    public INDArray backward(double scale) {
      return backward(scale, 0);
    }

    /**
     * As {@link #backward(double)} for the label-smoothed cross-entropy with epsilon {@code
     * smoothing} (see {@link dev.s2s.neural.nn.SoftmaxCrossEntropy}).
     */
    public INDArray backward(double scale, double smoothing) {
      return Decoder.this.backward(this, scale, smoothing);
    }

    /**
     * After {@link #backward}: gradient w.r.t. the encoder states [srcSteps, batch, contextSize]
     * through attention, or null without attention.
     */
    public INDArray dEncoderStates() {
      return dEnc;
    }
  }

  /**
   * Teacher-forced loss.
   *
   * @param context c [batch, contextSize]
   * @param yIn decoder inputs (BOS first), time-major [steps*batch]
   * @param yOut targets, time-major [steps*batch]
   * @param mask target mask values [steps*batch]
   * @param rnd dropout randomness or null
   */
  public TeacherForced forward(INDArray context, int[] yIn, int[] yOut, float[] mask, int steps, int batch, SplittableRandom rnd) {
    return forward(context, null, null, yIn, yOut, mask, steps, batch, rnd);
  }

  /**
   * Teacher-forced loss with the encoder states for attention.
   *
   * @param encStates [srcSteps, batch, contextSize] (required iff {@link #hasAttention()})
   * @param srcMask [srcSteps, batch] (required iff {@link #hasAttention()})
   */
  public TeacherForced forward(INDArray context, INDArray encStates, INDArray srcMask, int[] yIn, int[] yOut,
      float[] mask, int steps, int batch, SplittableRandom rnd) {
    Shapes.require("decoder context [batch, contextSize]", context, batch, contextSize);
    if (hasAttention() && (encStates == null || srcMask == null)) {
      throw new IllegalArgumentException("an attention decoder needs the encoder states and source mask");
    }
    if (yIn.length != steps * batch || yOut.length != steps * batch || mask.length != steps * batch) {
      throw new IllegalArgumentException("target arrays must have steps*batch = " + steps * batch + " entries");
    }
    TeacherForced f = new TeacherForced(context, yIn, steps, batch, rnd);
    INDArray maskTb = Nd4j.create(mask, new long[] {steps, batch}, DataType.FLOAT).castTo(dataType);
    RecurrentCell c0 = layers.get(0).cell();
    INDArray proj = Blas.mmul(f.e, c0.inputWeight().value()).addiRowVector(c0.bias().value());
    INDArray cP = ctxProj.forward(context);
    INDArray proj3 = proj.reshape('c', steps, batch, proj.size(1));
    Nd4j.getExecutioner().exec(new BroadcastAddOp(proj3, cP, proj3, 1, 2));
    for (int l = 0; l < layers.size(); l++) {
      f.h0[l] = Transforms.tanh(inits.get(l).forward(context), false);
    }
    StepHook hook = null;
    if (hasAttention()) {
      f.encStates = encStates;
      f.srcMask = srcMask;
      f.keys = attention.precomputeKeys(encStates);
      f.attSteps = new AttentionStep[steps];
      f.attCtx = Nd4j.zeros(dataType, (long) steps * batch, contextSize);
      hook = attentionHook(f);
    }
    f.results[0] = layers.get(0).forwardProjected(proj, steps, batch, maskTb, f.h0[0], hook);
    for (int l = 1; l < layers.size(); l++) {
      INDArray in = f.results[l - 1].outputs();
      f.interMasks[l - 1] = dropout.mask(dataType, rnd, in.shape());
      f.results[l] = layers.get(l).forward(Dropout.apply(in, f.interMasks[l - 1]), maskTb, f.h0[l]);
    }
    INDArray top = f.results[layers.size() - 1].outputs().reshape('c', (long) steps * batch, cfg.hidden());
    f.topMask = dropout.mask(dataType, rnd, top.shape());
    top = Dropout.apply(top, f.topMask);
    INDArray cTiled = cfg.readout() == Readout.STATE ? null : Nd4j.tile(context, steps, 1); // STATE reads h_t only
    INDArray o = readoutForward(f, top, f.e, cTiled, f.attCtx);
    f.loss = output.loss(o, yOut, mask);
    return f;
  }

  private INDArray readoutForward(TeacherForced f, INDArray top, INDArray e, INDArray cTiled, INDArray att) {
    if (cfg.readout() == Readout.STATE) {
      return att == null ? top : Nd4j.hstack(top, att);
    }
    INDArray cat = att == null ? Nd4j.hstack(top, e, cTiled) : Nd4j.hstack(top, e, cTiled, att);
    if (f != null) {
      f.cat = cat;
    }
    if (cfg.readout() == Readout.CONCAT) {
      return cat;
    }
    INDArray t = Transforms.tanh(readout.forward(cat), false);
    if (f != null) {
      f.tanhOut = t;
    }
    return t;
  }

  private StepHook attentionHook(TeacherForced f) {
    return new StepHook() {
      @Override
      public INDArray forward(int t, INDArray prevHidden) {
        AttentionStep st = attention.forward(prevHidden, f.encStates, f.keys, f.srcMask);
        f.attSteps[t] = st;
        rows(f.attCtx, t, f.batch).assign(st.context());
        return Blas.mmul(st.context(), attnIn.weight().value());
      }

      @Override
      public INDArray backward(int t, INDArray dProj) {
        INDArray dCtx = Blas.mmul(dProj, false, attnIn.weight().value(), true);
        if (f.dAttCtxReadout != null) {
          dCtx.addi(rows(f.dAttCtxReadout, t, f.batch));
        }
        AttentionStep.Gradients g = attention.backward(f.attSteps[t], dCtx, null);
        f.dEnc.addi(g.dEncoderStates());
        f.dKeys.addi(g.dKeys());
        return g.dDecoderState();
      }
    };
  }

  private static INDArray rows(INDArray flat, int t, int batch) {
    return flat.get(NDArrayIndex.interval((long) t * batch, (long) (t + 1) * batch), NDArrayIndex.all());
  }

  private INDArray backward(TeacherForced f, double scale, double smoothing) {
    int n = f.steps * f.batch;
    int h = cfg.hidden();
    int ed = cfg.embDim();
    INDArray dO = f.loss.backward(scale, smoothing);
    INDArray dTop;
    INDArray dE = null;
    INDArray dC = Nd4j.zeros(dataType, f.batch, contextSize);
    int att = hasAttention() ? contextSize : 0;
    if (cfg.readout() == Readout.STATE) {
      dTop = att == 0 ? dO : dO.get(NDArrayIndex.all(), NDArrayIndex.interval(0, h)).dup('c');
      if (att > 0) {
        f.dAttCtxReadout = dO.get(NDArrayIndex.all(), NDArrayIndex.interval(h, h + att)).dup('c');
      }
    } else {
      INDArray dCat = dO;
      if (cfg.readout() == Readout.CONCAT_TANH) {
        INDArray dPre = dO.mul(f.tanhOut.mul(f.tanhOut).rsubi(1));
        dCat = readout.backward(f.cat, dPre, true);
      }
      dTop = dCat.get(NDArrayIndex.all(), NDArrayIndex.interval(0, h)).dup('c');
      dE = dCat.get(NDArrayIndex.all(), NDArrayIndex.interval(h, h + ed)).dup('c');
      INDArray dCt = dCat.get(NDArrayIndex.all(), NDArrayIndex.interval(h + ed, h + ed + contextSize)).dup('c');
      dC.addi(dCt.reshape('c', f.steps, f.batch, contextSize).sum(0));
      if (att > 0) {
        long from = h + ed + contextSize;
        f.dAttCtxReadout = dCat.get(NDArrayIndex.all(), NDArrayIndex.interval(from, from + att)).dup('c');
      }
    }
    if (hasAttention()) {
      f.dEnc = Nd4j.zeros(dataType, f.encStates.shape());
      f.dKeys = Nd4j.zeros(dataType, f.keys.shape());
    }
    if (f.topMask != null) {
      dTop = dTop.mul(f.topMask);
    }
    INDArray dOut = dTop.reshape('c', f.steps, f.batch, h);
    INDArray[] dInit = new INDArray[layers.size()];
    for (int l = layers.size() - 1; l >= 1; l--) {
      SequenceLayer.Backward b = layers.get(l).backward(f.results[l], dOut, null);
      dInit[l] = b.dInitial();
      dOut = f.interMasks[l - 1] == null ? b.dInputs() : b.dInputs().mul(f.interMasks[l - 1]);
    }
    RecurrentLayer.ProjectedBackward pb = layers.get(0).backwardProjected((RecurrentLayer.Result) f.results[0], dOut, null);
    dInit[0] = pb.dInitial();
    RecurrentCell c0 = layers.get(0).cell();
    INDArray dProj = pb.dProj();
    if (hasAttention()) {
      Blas.gemm(f.attCtx, true, dProj, false, attnIn.weight().grad(), 1.0, 1.0);
      f.dEnc.addi(attention.backwardKeys(f.encStates, f.dKeys));
    }
    Blas.gemm(f.e, true, dProj, false, c0.inputWeight().grad(), 1.0, 1.0);
    c0.bias().grad().addi(dProj.sum(true, 0));
    INDArray dEmb = Blas.mmul(dProj, false, c0.inputWeight().value(), true);
    if (dE != null) {
      dEmb.addi(dE);
    }
    if (f.eMask != null) {
      dEmb.muli(f.eMask);
    }
    emb.backward(f.yIn, dEmb);
    INDArray dCp = dProj.reshape('c', f.steps, f.batch, dProj.size(1)).sum(0);
    dC.addi(ctxProj.backward(f.context, dCp, true));
    for (int l = 0; l < layers.size(); l++) {
      INDArray dPre = dInit[l].mul(f.h0[l].mul(f.h0[l]).rsubi(1));
      dC.addi(inits.get(l).backward(f.context, dPre, true));
    }
    if (n != f.e.size(0)) {
      throw new IllegalStateException("internal: embedding rows " + f.e.size(0) + " != " + n);
    }
    return dC;
  }

  // ---------------------------------------------------------------- step-wise inference

  /**
   * Inference state of n hypotheses: carried states per layer [n, stateSize], the context, and the
   * first layer's input projection of every target word (E W_x + b [vocab, projectionSize], null
   * for non-float weights).
   */
  public static final class State {
    final INDArray[] states;
    final INDArray context;
    final INDArray ctxProj;
    /** The source sentence (row of {@link #start}) each row decodes; its per-sentence arrays follow it. */
    final int[] sentence;
    INDArray inputTable;
    INDArray encStates; // [S, n, C] (attention only)
    INDArray keys; // [S, n, A]
    INDArray srcMask; // [S, n]

    State(INDArray[] states, INDArray context, INDArray ctxProj, int[] sentence) {
      this.states = states;
      this.context = context;
      this.ctxProj = ctxProj;
      this.sentence = sentence;
    }

    public int rows() {
      return (int) context.size(0);
    }
  }

  /** Initial inference state for contexts c [n, contextSize] (decoders without attention). */
  public State start(INDArray context) {
    return start(context, null, null);
  }

  /**
   * Initial inference state; {@code encStates} [srcSteps, n, contextSize] and {@code srcMask}
   * [srcSteps, n] are required iff {@link #hasAttention()}.
   */
  public State start(INDArray context, INDArray encStates, INDArray srcMask) {
    if (hasAttention() && (encStates == null || srcMask == null)) {
      throw new IllegalArgumentException("an attention decoder needs the encoder states and source mask");
    }
    Shapes.require("decoder context [n, contextSize]", context, -1, contextSize);
    INDArray[] st = new INDArray[layers.size()];
    for (int l = 0; l < layers.size(); l++) {
      RecurrentCell cell = layers.get(l).cell();
      st[l] = Nd4j.zeros(dataType, context.size(0), cell.stateSize());
      st[l].get(NDArrayIndex.all(), NDArrayIndex.interval(0, cfg.hidden()))
          .assign(Transforms.tanh(inits.get(l).forward(context), false));
    }
    int[] sentence = new int[(int) context.size(0)];
    Arrays.setAll(sentence, i -> i);
    State s = new State(st, context, ctxProj.forward(context), sentence);
    s.inputTable = inputTable.table();
    if (hasAttention()) {
      s.encStates = encStates;
      s.keys = attention.precomputeKeys(encStates);
      s.srcMask = srcMask.castTo(dataType);
    }
    return s;
  }

  /**
   * Feeds y_{t-1} = {@code prev} (one id per row), advances {@code s} in place and returns the
   * log-probabilities of y_t [n, vocab].
   */
  public INDArray step(State s, int[] prev) {
    return output.logProbs(advance(s, prev));
  }

  /**
   * As {@link #step(State, int[])}, with the log-probabilities written into {@code into} (resized
   * to [n, vocab]) instead of a new array.
   */
  public void step(State s, int[] prev, ScoreRows into) {
    output.logProbs(advance(s, prev), into);
  }

  /** Advances {@code s} by y_{t-1} = {@code prev} in place; returns the readout [n, outputLayerInput]. */
  private INDArray advance(State s, int[] prev) {
    int n = s.rows();
    if (prev.length != n) {
      throw new IllegalArgumentException(prev.length + " previous tokens for " + n + " rows");
    }
    INDArray e = s.inputTable == null || cfg.readout() != Readout.STATE ? emb.forward(prev) : null;
    if (e == null) {
      emb.checkIds(prev); // emb.forward checks them otherwise
    }
    INDArray in = e;
    INDArray top = null;
    INDArray att = null;
    if (hasAttention()) {
      INDArray q = s.states[0].get(NDArrayIndex.all(), NDArrayIndex.interval(0, cfg.hidden())).dup('c');
      att = attention.forward(q, s.encStates, s.keys, s.srcMask).context();
    }
    for (int l = 0; l < layers.size(); l++) {
      RecurrentCell cell = layers.get(l).cell();
      INDArray proj = l == 0 ? firstLayerInput(s, prev, e, att)
          : Blas.mmul(in, cell.inputWeight().value()).addiRowVector(cell.bias().value());
      INDArray next = layers.get(l).step(proj, s.states[l]);
      s.states[l] = next;
      top = cell.stateSize() == cfg.hidden() ? next
          : next.get(NDArrayIndex.all(), NDArrayIndex.interval(0, cfg.hidden())).dup('c');
      in = top;
    }
    return readoutForward(null, top, e, s.context, att);
  }

  /**
   * The first layer's input projection for one step, [emb(y_{t-1}); c] W + b (+ a_t W_a with
   * attention) [n, projectionSize]: rows of the cached table plus the context term when the state
   * has the table, else from the embeddings {@code e}.
   */
  private INDArray firstLayerInput(State s, int[] prev, INDArray e, INDArray att) {
    RecurrentCell c0 = layers.get(0).cell();
    INDArray proj = s.inputTable != null ? ProjectedEmbeddingCache.gatherPlus(s.inputTable, prev, s.ctxProj)
        : Blas.mmul(e, c0.inputWeight().value()).addiRowVector(c0.bias().value()).addi(s.ctxProj);
    if (att != null) {
      proj.addi(Blas.mmul(att, attnIn.weight().value()));
    }
    return proj;
  }

  /**
   * A new state holding rows {@code rows} of {@code s} (beam reordering / expansion). When every
   * row keeps its sentence (beam search reorders within each sentence's block), the per-sentence
   * arrays (context, its projection, encoder states, keys, source mask) are shared, not gathered.
   */
  public State select(State s, int[] rows) {
    INDArray[] st = new INDArray[s.states.length];
    for (int l = 0; l < st.length; l++) {
      st[l] = Nd4j.pullRows(s.states[l], 1, rows);
    }
    int[] sentence = new int[rows.length];
    Arrays.setAll(sentence, i -> s.sentence[rows[i]]);
    boolean kept = Arrays.equals(sentence, s.sentence);
    State n = kept ? new State(st, s.context, s.ctxProj, sentence)
        : new State(st, Nd4j.pullRows(s.context, 1, rows), Nd4j.pullRows(s.ctxProj, 1, rows), sentence);
    n.inputTable = s.inputTable;
    if (s.encStates != null) {
      n.encStates = kept ? s.encStates : selectColumns(s.encStates, rows);
      n.keys = kept ? s.keys : selectColumns(s.keys, rows);
      n.srcMask = kept ? s.srcMask : selectColumns(s.srcMask.reshape(s.srcMask.size(0), s.srcMask.size(1), 1), rows)
          .reshape(s.srcMask.size(0), rows.length);
    }
    return n;
  }

  /** Rows of the batch dimension (1) of a [S, n, X] tensor: [S, rows.length, X]. */
  private static INDArray selectColumns(INDArray a, int[] rows) {
    long s = a.size(0);
    long x = a.size(2);
    INDArray byRow = a.permute(1, 0, 2).dup('c').reshape(a.size(1), s * x);
    return Nd4j.pullRows(byRow, 1, rows).reshape(rows.length, s, x).permute(1, 0, 2).dup('c');
  }
}

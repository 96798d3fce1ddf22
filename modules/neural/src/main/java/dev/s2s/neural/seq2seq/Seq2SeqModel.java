package dev.s2s.neural.seq2seq;

import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.nn.Scratch;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A shared {@link Encoder} with one {@link Decoder} per target language (each with its own
 * weights). Parameter names: "encoder.*" and "decoder.&lt;lang&gt;.*".
 */
public final class Seq2SeqModel {
  private final Encoder encoder;
  private final Map<String, Decoder> decoders;
  private final ParamSet params = new ParamSet();
  private final DataType dataType;
  private final Recipe recipe;

  /** How {@link #create} built a model, so that {@link #replica} can build another like it. */
  private record Recipe(EncoderConfig encoder, Map<String, DecoderConfig> decoders, OutputLayerFactory outputs) {}

  public Seq2SeqModel(Encoder encoder, Map<String, Decoder> decoders, DataType dataType) {
    this(encoder, decoders, dataType, null);
  }

  private Seq2SeqModel(Encoder encoder, Map<String, Decoder> decoders, DataType dataType, Recipe recipe) {
    if (decoders.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one decoder");
    }
    this.encoder = encoder;
    this.decoders = Collections.unmodifiableMap(new LinkedHashMap<>(decoders));
    this.dataType = dataType;
    this.recipe = recipe;
    params.addAll(encoder.params());
    for (Decoder d : this.decoders.values()) {
      if (d.contextSize() != encoder.contextSize()) {
        throw new IllegalArgumentException("decoder context size " + d.contextSize() + " != encoder's " + encoder.contextSize());
      }
      params.addAll(d.params());
    }
  }

  /**
   * Builds a model with freshly initialised weights: the encoder first, then the decoders in
   * sorted language order, all from one random stream seeded with {@code seed}.
   */
  public static Seq2SeqModel create(EncoderConfig enc, Map<String, DecoderConfig> decs, DataType dataType, long seed) {
    return create(enc, decs, dataType, seed, null);
  }

  /**
   * As {@link #create(EncoderConfig, Map, DataType, long)} with output layers from {@code outputs}
   * (null = full softmax everywhere).
   */
  public static Seq2SeqModel create(EncoderConfig enc, Map<String, DecoderConfig> decs, DataType dataType, long seed,
      OutputLayerFactory outputs) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Encoder e = new Encoder("encoder", enc, dataType, rnd);
    Map<String, Decoder> ds = new LinkedHashMap<>();
    for (Map.Entry<String, DecoderConfig> d : new TreeMap<>(decs).entrySet()) {
      String name = "decoder." + d.getKey();
      DecoderConfig c = d.getValue();
      dev.s2s.neural.nn.OutputLayer out = outputs == null ? null
          : outputs.create(name + ".out", d.getKey(), Decoder.outputInputSize(c, e.contextSize()), c.vocab(), dataType, rnd);
      ds.put(d.getKey(), new Decoder(name, c, e.contextSize(), dataType, rnd, out));
    }
    return new Seq2SeqModel(e, ds, dataType, new Recipe(enc, Map.copyOf(decs), outputs));
  }

  /**
   * A model of the same architecture with its own parameter values and gradients (values as
   * freshly initialised; copy them with {@link #copyValuesTo}). Only for models built by {@link
   * #create}.
   */
  public Seq2SeqModel replica() {
    if (recipe == null) {
      throw new IllegalStateException("a model assembled from its parts cannot be replicated; build it with create()");
    }
    return create(recipe.encoder(), recipe.decoders(), dataType, 0, recipe.outputs());
  }

  /** Copies every parameter value into the same-named parameter of {@code other} (a replica). */
  public void copyValuesTo(Seq2SeqModel other) {
    java.util.List<Param> mine = paramList();
    java.util.List<Param> theirs = other.paramList();
    if (mine.size() != theirs.size()) {
      throw new IllegalArgumentException("replica has " + theirs.size() + " parameters, this model " + mine.size());
    }
    for (int i = 0; i < mine.size(); i++) {
      Param p = mine.get(i);
      Param q = theirs.get(i);
      if (!p.name().equals(q.name()) || !java.util.Arrays.equals(p.value().shape(), q.value().shape())) {
        throw new IllegalArgumentException("replica parameter " + q + " does not match " + p);
      }
      q.value().assign(p.value());
    }
  }

  public Encoder encoder() {
    return encoder;
  }

  public Decoder decoder(String lang) {
    Decoder d = decoders.get(lang);
    if (d == null) {
      throw new IllegalArgumentException("no decoder for target language '" + lang + "' (have " + decoders.keySet() + ")");
    }
    return d;
  }

  public Set<String> languages() {
    return decoders.keySet();
  }

  public ParamSet params() {
    return params;
  }

  public DataType dataType() {
    return dataType;
  }

  /** Summed NLL (nats) and counted target tokens of a batch, plus per-sentence NLL. */
  public record Loss(double nll, long tokens, double[] sentenceNll) {}

  /**
   * Teacher-forced loss of {@code batch} into language {@code lang}.
   *
   * @param dropoutRnd dropout randomness, null for evaluation
   * @param backward whether to add gradients of gradScale * nll into the parameters' grads
   */
  public Loss loss(Seq2SeqBatch batch, String lang, SplittableRandom dropoutRnd, boolean backward, double gradScale) {
    return loss(batch, lang, dropoutRnd, backward, gradScale, 0);
  }

  /**
   * As {@link #loss(Seq2SeqBatch, String, SplittableRandom, boolean, double)}, the gradients being
   * those of the label-smoothed cross-entropy with epsilon {@code labelSmoothing} (0 = plain NLL;
   * see {@link dev.s2s.neural.nn.SoftmaxCrossEntropy}). The returned NLL is the plain one.
   */
  public Loss loss(Seq2SeqBatch batch, String lang, SplittableRandom dropoutRnd, boolean backward, double gradScale,
      double labelSmoothing) {
    if (batch.targetSteps() == 0) {
      throw new IllegalArgumentException("batch has no targets");
    }
    Decoder dec = decoder(lang);
    return Scratch.run("s2s-loss", () -> lossIn(dec, batch, dropoutRnd, backward, gradScale, labelSmoothing));
  }

  private Loss lossIn(Decoder dec, Seq2SeqBatch batch, SplittableRandom dropoutRnd, boolean backward, double gradScale,
      double labelSmoothing) {
    Encoder.Forward ef = encoder.forward(batch, dataType, dropoutRnd);
    Decoder.TeacherForced df = dec.hasAttention()
        ? dec.forward(ef.context(), ef.states(), batch.sourceMask(dataType), batch.targetIn(), batch.targetOut(),
            batch.targetMaskValues(), batch.targetSteps(), batch.size(), dropoutRnd)
        : dec.forward(ef.context(), batch.targetIn(), batch.targetOut(), batch.targetMaskValues(),
            batch.targetSteps(), batch.size(), dropoutRnd);
    if (backward) {
      INDArray dC = df.backward(gradScale, labelSmoothing);
      encoder.backward(ef, dC, df.dEncoderStates());
    }
    return new Loss(df.nll(), df.tokens(), df.sentenceNll());
  }

  /** All parameters (same as params().list()). */
  public java.util.List<Param> paramList() {
    return params.list();
  }
}

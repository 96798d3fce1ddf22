package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.CharCnnEncoder;
import dev.s2s.neural.nn.Dropout;
import dev.s2s.neural.nn.Embedding;
import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.nn.Scratch;
import dev.s2s.neural.rnn.StackedRnn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Sequence tagger: per token, [word embedding | char-CNN features | casing one-hot] ({@code [T, B,
 * featureSize]}) -> dropout -> stacked bidirectional RNN ({@code [T, B, 2H]}) -> dropout -> {@link
 * TaggingHead} (linear emissions, then CRF or softmax).
 *
 * <p>Parameter names: "tagger.word", "tagger.char", "tagger.rnn", "tagger.head".
 */
public final class TaggerModel implements TagPredictor {
  /**
   * Word and character embeddings start uniform in +-0.1: on CoNLL-2003 this reached dev F1 88-90
   * within 2-4 epochs, while unit-variance embeddings (right for the translation models, see
   * {@link Embedding#UNIT_VARIANCE_BOUND}) were at 83.8 after 5 epochs.
   */
  public static final double EMBEDDING_INIT_BOUND = 0.1;

  private final TaggerConfig config;
  private final TaggerVocab vocab;
  private final DataType dataType;
  private final Embedding words;
  private final CharCnnEncoder chars;
  private final StackedRnn rnn;
  private final TaggingHead head;
  private final Dropout dropout;
  private final ParamSet params = new ParamSet();
  /** Inference from projected word embeddings (FLOAT, one bidirectional layer), else null. */
  private final WordProjectionTables wordTables;

  /** A freshly initialised model; {@code seed} fixes every initial value. */
  public TaggerModel(TaggerConfig config, TaggerVocab vocab, DataType dataType, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    this.config = config;
    this.vocab = vocab;
    this.dataType = dataType;
    this.words = new Embedding("tagger.word", vocab.wordCount(), config.wordDim(), EMBEDDING_INIT_BOUND, dataType, rnd);
    this.chars = config.charFilters() == 0 ? null
        : new CharCnnEncoder("tagger.char", vocab.charCount(), config.charDim(), config.charFilters(),
            config.charWindow(), dataType, rnd);
    this.rnn = StackedRnn.build("tagger.rnn", config.cell(), config.featureSize(), config.hidden(),
        config.layers(), true, config.dropout(), dataType, rnd);
    this.head = new TaggingHead("tagger.head", rnn.outputSize(), vocab.tags(), config.crf(), dataType, rnd);
    this.dropout = new Dropout(config.dropout());
    params.add(words.weight());
    if (chars != null) {
      params.addAll(chars.params());
    }
    params.addAll(rnn.params());
    params.addAll(head.params());
    this.wordTables = dataType == DataType.FLOAT && rnn.onlyBidirectionalLayer() != null
        ? new WordProjectionTables(rnn.onlyBidirectionalLayer(), words.weight()) : null;
  }

  /**
   * Overwrites the embedding row of every vocabulary word for which {@code vectors} has a vector
   * (of the word embedding size); returns how many rows were set. {@code <unk>} keeps its values.
   */
  public int initialiseWordEmbeddings(java.util.function.Function<String, double[]> vectors) {
    List<String> ws = vocab.words();
    INDArray table = words.weight().value();
    int set = 0;
    for (int id = 0; id < ws.size(); id++) {
      double[] v = id == TaggerVocab.UNK_WORD ? null : vectors.apply(ws.get(id));
      if (v == null) {
        continue;
      }
      if (v.length != config.wordDim()) {
        throw new IllegalArgumentException("vector of '" + ws.get(id) + "' has " + v.length
            + " entries, the word embedding " + config.wordDim());
      }
      table.getRow(id).assign(Nd4j.createFromArray(v).castTo(dataType));
      set++;
    }
    return set;
  }

  public TaggerConfig config() {
    return config;
  }

  public TaggerVocab vocab() {
    return vocab;
  }

  public DataType dataType() {
    return dataType;
  }

  /** All trainable parameters (save/load through {@link ParamSet}). */
  public ParamSet params() {
    return params;
  }

  /** Loss of a labelled batch and its backward pass. */
  public interface Loss {
    double nll();

    long tokens();

    /** Adds the gradients of scale * nll into every parameter. */
    void backward(double scale);
  }

  /**
   * Forward pass with the batch's gold tags.
   *
   * @param dropoutRnd source of dropout masks, or null for no dropout (evaluation)
   */
  public Loss loss(TaggerBatch batch, SplittableRandom dropoutRnd) {
    if (batch.gold() == null) {
      throw new IllegalArgumentException("loss needs a labelled batch");
    }
    Encoded e = encode(batch, dropoutRnd, true);
    TaggingHead.Loss l = head.loss(e.states, batch.mask(), batch.gold());
    return new Loss() {
      @Override
      public double nll() {
        return l.nll();
      }

      @Override

      public long tokens() {
        return l.tokens();
      }

      @Override

      public void backward(double scale) {
        backwardEncoder(e, batch, Dropout.apply(l.backward(scale), e.stateMask));
      }
    };
  }

  /** Summed NLL (nats) and counted tokens of a batch. */
  public record BatchLoss(double nll, long tokens) {}

  /**
   * Loss of a labelled batch and the gradients of its per-token mean (scale 1/tokens) added into
   * every parameter, computed in scratch memory.
   */
  public BatchLoss lossAndGradients(TaggerBatch batch, SplittableRandom dropoutRnd) {
    return Scratch.run("s2s-tagger-loss", () -> {
      Loss l = loss(batch, dropoutRnd);
      l.backward(1.0 / l.tokens());
      return new BatchLoss(l.nll(), l.tokens());
    });
  }

  /** Predicted tag ids per sentence. */
  public int[][] predict(TaggerBatch batch) {
    return Scratch.run("s2s-tagger-predict", () -> head.predict(encode(batch, null, false).states, batch.mask()));
  }

  @Override
  public EntityTagSet tags() {
    return vocab.tags();
  }

  /**
   * As {@link TagPredictor#predictTags}; a FLOAT model with one bidirectional layer gathers its
   * word embeddings' input projections from {@link WordProjectionTables}, checked against the
   * weights once per call rather than once per batch.
   */
  @Override
  public List<List<String>> predictTags(List<List<String>> sentences, int batchSize) {
    WordProjectionTables.Tables tables = wordTables == null ? null : wordTables.current();
    if (tables == null) {
      return TagPredictor.super.predictTags(sentences, batchSize);
    }
    return TagPredictor.inBatches(tags(), sentences, batchSize,
        chunk -> predictFromTables(TaggerBatch.of(chunk, vocab, dataType), tables));
  }

  private int[][] predictFromTables(TaggerBatch batch, WordProjectionTables.Tables tables) {
    return Scratch.run("s2s-tagger-predict", () -> head.predict(statesFromTables(batch, tables), batch.mask()));
  }

  /** The encoder's states [T, B, 2H] from the word tables, in the caller's workspace scope. */
  private INDArray statesFromTables(TaggerBatch batch, WordProjectionTables.Tables tables) {
    words.checkIds(batch.wordIds());
    INDArray other = otherFeatures(batch);
    return wordTables.layer().forwardProjected(
        (direction, order) -> wordTables.project(tables, direction, batch.wordIds(), other, order),
        batch.steps(), batch.batch(), batch.mask()).outputs();
  }

  /** As {@link #emissions} through the word tables (FLOAT, one bidirectional layer), for tests; null when they do not apply. */
  INDArray emissionsFromTables(TaggerBatch batch) {
    WordProjectionTables.Tables tables = wordTables == null ? null : wordTables.current();
    return tables == null ? null : head.emissions(statesFromTables(batch, tables));
  }

  /** The features after the word embedding, [T B, characters + casing] (FLOAT), or null when there are none. */
  private INDArray otherFeatures(TaggerBatch batch) {
    int width = config.featureSize() - config.wordDim();
    if (width == 0) {
      return null;
    }
    int n = batch.steps() * batch.batch();
    float[] out = new float[n * width];
    writeOtherFeatures(batch, out, width, 0);
    return Nd4j.create(out, new long[] {n, width}, 'c');
  }

  /** Writes each token's character and casing features into its row of {@code out} (rows of {@code width}) from column {@code at}. */
  private void writeOtherFeatures(TaggerBatch batch, float[] out, int width, int at) {
    if (chars != null) {
      chars.writeFeatures(batch.charIds(), out, width, at);
    }
    if (config.casing()) {
      int casingAt = at + config.charFilters();
      for (int i = 0, n = batch.steps() * batch.batch(); i < n; i++) {
        out[i * width + casingAt + batch.casing()[i]] = 1;
      }
    }
  }

  @Override
  public int[][] predictIds(List<TaggedSentence> sentences) {
    return predict(TaggerBatch.of(sentences, vocab, dataType));
  }

  /**
   * Emission scores {@code [T, B, K]} of a batch, without dropout, created in the caller's
   * workspace scope (see {@link Scratch}).
   */
  INDArray emissions(TaggerBatch batch) {
    return head.emissions(encode(batch, null, false).states);
  }

  TaggingHead head() {
    return head;
  }

  /** Forward caches of the encoder part. */
  private record Encoded(
      CharCnnEncoder.Forward charForward, INDArray featureMask, StackedRnn.Forward rnnForward,
      INDArray stateMask, INDArray states) {}

  /** The encoder's states; with {@code forBackward} false the character CNN keeps no caches. */
  private Encoded encode(TaggerBatch batch, SplittableRandom rnd, boolean forBackward) {
    CharCnnEncoder.Forward cf = forBackward && chars != null ? chars.forward(batch.charIds()) : null;
    boolean inPlace = !forBackward && dataType == DataType.FLOAT && FloatBlock.fits(words.weight().value());
    INDArray features = inPlace ? inferenceFeatures(batch) : features(batch, cf);
    INDArray featureMask = dropout.mask(dataType, rnd, features.shape());
    INDArray x = Dropout.apply(features, featureMask).reshape('c', batch.steps(), batch.batch(), config.featureSize());
    StackedRnn.Forward rf = rnn.forward(x, batch.mask(), null, rnd);
    INDArray stateMask = dropout.mask(dataType, rnd, rf.outputs().shape());
    return new Encoded(cf, featureMask, rf, stateMask, Dropout.apply(rf.outputs(), stateMask));
  }

  /** Features {@code [T B, featureSize]}: word embeddings, character features ({@code cf} or inference), casing. */
  INDArray features(TaggerBatch batch, CharCnnEncoder.Forward cf) {
    int n = batch.steps() * batch.batch();
    List<INDArray> parts = new ArrayList<>();
    parts.add(words.forward(batch.wordIds()));
    if (chars != null) {
      parts.add(cf != null ? cf.output() : chars.features(batch.charIds()));
    }
    if (config.casing()) {
      int k = CasingFeature.values().length;
      float[] oneHot = new float[n * k];
      for (int i = 0; i < n; i++) {
        oneHot[i * k + batch.casing()[i]] = 1;
      }
      parts.add(Nd4j.create(oneHot, new long[] {n, k}, DataType.FLOAT).castTo(dataType));
    }
    return parts.size() == 1 ? parts.get(0) : Nd4j.concat(1, parts.toArray(new INDArray[0]));
  }

  /**
   * The same features for FLOAT inference, written row by row into one Java array (one ND4J array
   * instead of three, an embedding gather and a concatenation per batch).
   */
  INDArray inferenceFeatures(TaggerBatch batch) {
    int n = batch.steps() * batch.batch();
    int width = config.featureSize();
    int wd = config.wordDim();
    float[] out = new float[n * width];
    words.checkIds(batch.wordIds());
    FloatBlock table = FloatBlock.of(words.weight().value());
    for (int i = 0; i < n; i++) {
      table.readRow(batch.wordIds()[i], 0, out, i * width, wd);
    }
    writeOtherFeatures(batch, out, width, wd);
    return Nd4j.create(out, new long[] {n, width}, 'c');
  }

  private void backwardEncoder(Encoded e, TaggerBatch batch, INDArray dStates) {
    int n = batch.steps() * batch.batch();
    INDArray dx = rnn.backward(e.rnnForward, dStates, null).dInputs();
    INDArray dFeatures = Dropout.apply(dx.reshape('c', n, config.featureSize()), e.featureMask);
    int wd = config.wordDim();
    words.backward(batch.wordIds(), dFeatures.get(NDArrayIndex.all(), NDArrayIndex.interval(0, wd)).dup('c'));
    if (chars != null) {
      chars.backward(e.charForward,
          dFeatures.get(NDArrayIndex.all(), NDArrayIndex.interval(wd, wd + config.charFilters())).dup('c'));
    }
  }
}

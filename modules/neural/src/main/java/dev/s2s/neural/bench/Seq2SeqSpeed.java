package dev.s2s.neural.bench;

import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientClipper;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.search.BeamSearch;
import dev.s2s.neural.search.GreedySearch;
import dev.s2s.neural.search.LengthPenalty;
import dev.s2s.neural.search.SearchConfig;
import dev.s2s.neural.search.StepDecoder;
import dev.s2s.neural.search.Translator;
import dev.s2s.neural.seq2seq.Decoder;
import dev.s2s.neural.seq2seq.DecoderConfig;
import dev.s2s.neural.seq2seq.EncoderConfig;
import dev.s2s.neural.seq2seq.Readout;
import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.Seq2SeqModel;
import dev.s2s.neural.seq2seq.ShardedLoss;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Speed of our GRU encoder-decoder on the peer's shapes (float32): one unidirectional GRU layer
 * encoding the source, the final state c conditioning a GRU decoder whose input is [emb(y_{t-1});
 * c] and whose initial state is tanh(W c), logits from the decoder state alone ({@link
 * Readout#STATE}, the peer's {@code out(y)}), Adam (lr 1e-3) and global-norm clipping at 5.
 *
 * <p>Decoding uses the project's {@link GreedySearch} and {@link BeamSearch} through {@link
 * Translator#stepDecoder} wrapped in a {@link FixedLengthDecoder}, so every sentence runs exactly
 * {@link BenchShapes#decodeSteps()} steps like the peer. Unlike the peer, each step also takes a
 * log-softmax over the vocabulary (our search works on log-probabilities). Decoding runs with one
 * OpenBLAS thread, as {@link Translator} does.
 */
public final class Seq2SeqSpeed {
  /** Name of the single target language. */
  public static final String LANG = "rev";
  /** The peer's learning rate. */
  public static final double LEARNING_RATE = 1e-3;
  /** The peer's global gradient-norm threshold. */
  public static final double CLIP_NORM = 5.0;

  private final BenchShapes shapes;
  private final Seq2SeqModel model;
  private final Adam adam;
  private final GradientClipper clipper = new GradientClipper(ClipMode.GLOBAL_NORM, CLIP_NORM);
  private final MemoryWatch memory;
  private final ShardedLoss shardedLoss;
  private double lastLoss = Double.NaN;

  /**
   * A freshly initialised model ({@code seed} fixes every weight).
   *
   * @param shards training batch shards computed on parallel threads (as {@code
   *     training.batch_shards} does; decoding runs unsharded, where two shards measured no faster)
   */
  public Seq2SeqSpeed(BenchShapes shapes, long seed, MemoryWatch memory, int shards) {
    this.shapes = shapes;
    this.memory = memory;
    EncoderConfig enc = new EncoderConfig(shapes.vocab(), shapes.embDim(), CellType.GRU, shapes.hidden(), 1, false, 0);
    DecoderConfig dec = new DecoderConfig(shapes.vocab(), shapes.embDim(), CellType.GRU, shapes.hidden(), 1,
        Readout.STATE, shapes.hidden(), 0);
    this.model = Seq2SeqModel.create(enc, java.util.Map.of(LANG, dec), DataType.FLOAT, seed);
    this.adam = new Adam(model.paramList(), LEARNING_RATE);
    this.shardedLoss = new ShardedLoss(model, shards);
  }

  public Seq2SeqModel model() {
    return model;
  }

  /** Per-token loss (nats) of the last training batch, NaN before the first. */
  public double lastLoss() {
    return lastLoss;
  }

  /** Trains one step per batch; units are counted target tokens (target words + EOS). */
  public Throughput train(List<Seq2SeqBatch> batches) {
    return Throughput.measure(() -> {
      long tokens = 0;
      for (Seq2SeqBatch b : batches) {
        trainStep(b);
        tokens += b.targetTokens();
        memory.sample();
      }
      return tokens;
    });
  }

  private void trainStep(Seq2SeqBatch b) {
    model.params().zeroGrad();
    Seq2SeqModel.Loss l = shardedLoss.loss(b, LANG, null, true, 1.0 / b.targetTokens());
    clipper.clip(model.paramList());
    adam.step();
    lastLoss = l.nll() / l.tokens();
  }

  /** Fixed-length greedy decoding of each batch's sources; units are sentences. */
  public Throughput greedy(List<Seq2SeqBatch> batches) {
    return Throughput.measure(() -> {
      long n = 0;
      for (Seq2SeqBatch b : batches) {
        Translator.search(b, 1, part -> GreedySearch.search(stepDecoder(), start(part),
            maxLengths(part), ReverseTask.SPECIAL.bos(), ReverseTask.SPECIAL.eos(), LengthPenalty.NONE, 0));
        n += b.size();
        memory.sample();
      }
      return n;
    });
  }

  /** Fixed-length beam search (beam {@code beamSize}, 1-best); units are sentences. */
  public Throughput beam(List<Seq2SeqBatch> batches, int beamSize) {
    SearchConfig cfg = new SearchConfig(beamSize, 1, LengthPenalty.NONE, 0, 0, shapes.decodeSteps());
    return Throughput.measure(() -> {
      long n = 0;
      for (Seq2SeqBatch b : batches) {
        Translator.search(b, beamSize, part -> BeamSearch.search(stepDecoder(), start(part),
            maxLengths(part), ReverseTask.SPECIAL.bos(), ReverseTask.SPECIAL.eos(), cfg));
        n += b.size();
        memory.sample();
      }
      return n;
    });
  }

  private StepDecoder<Decoder.State> stepDecoder() {
    return new FixedLengthDecoder<>(Translator.stepDecoder(model.decoder(LANG)), ReverseTask.SPECIAL.eos());
  }

  /** Encodes the sources (no dropout) and starts the decoder, as Translator does. */
  private Decoder.State start(Seq2SeqBatch b) {
    return model.decoder(LANG).start(model.encoder().forward(b, model.dataType(), null).context());
  }

  private int[] maxLengths(Seq2SeqBatch b) {
    int[] m = new int[b.size()];
    Arrays.fill(m, shapes.decodeSteps());
    return m;
  }
}

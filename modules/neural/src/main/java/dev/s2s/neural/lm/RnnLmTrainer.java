package dev.s2s.neural.lm;

import dev.s2s.eval.Perplexity;
import dev.s2s.neural.nn.Adam;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientClipper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Truncated-BPTT training of an {@link RnnLanguageModel} on one long token stream: each epoch
 * walks the {@link TokenStream} segments in order, carrying hidden states forward (reset to zero
 * at the start of every epoch), with per-token loss, gradient clipping and Adam.
 */
public final class RnnLmTrainer {
  private static final Logger LOG = LogManager.getLogger(RnnLmTrainer.class);

  /**
   * @param batch parallel streams B
   * @param bptt segment length
   * @param epochs number of passes over the stream
   * @param learningRate Adam learning rate
   * @param clipMode gradient clipping
   * @param clipThreshold clipping threshold (ignored for NONE)
   * @param seed dropout seed
   */
  public record Options(
      int batch, int bptt, int epochs, double learningRate, ClipMode clipMode, double clipThreshold, long seed) {}

  private final Options options;

  public RnnLmTrainer(Options options) {
    this.options = options;
  }

  /** Trains in place; returns the training perplexity of each epoch (as seen during training). */
  public List<Perplexity> train(RnnLanguageModel model, int[] tokens) {
    TokenStream stream = new TokenStream(tokens, options.batch(), options.bptt());
    Adam adam = new Adam(model.params().list(), options.learningRate());
    GradientClipper clipper = new GradientClipper(options.clipMode(), options.clipThreshold());
    SplittableRandom rnd = new SplittableRandom(options.seed());
    List<Perplexity> history = new ArrayList<>();
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      List<INDArray> state = null;
      double nll = 0;
      long count = 0;
      for (int k = 0; k < stream.segments(); k++) {
        model.params().zeroGrad();
        RnnLanguageModel.SegmentResult loss = model.trainSegment(stream.segment(k), state, rnd);
        clipper.clip(model.params().list());
        adam.step();
        state = loss.finalStates();
        nll += loss.nll();
        count += loss.tokens();
      }
      Perplexity p = new Perplexity(nll, count);
      history.add(p);
      LOG.info("lm epoch {}: train perplexity {}", epoch, p.perplexity());
    }
    return history;
  }
}

package dev.s2s.tasks.lm;

import dev.s2s.eval.Perplexity;
import dev.s2s.neural.lm.RnnLanguageModel;
import dev.s2s.neural.lm.TokenStream;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Perplexity of an {@link RnnLanguageModel} on a whole id stream, counting every prediction
 * (ids.length - 1 of them), without dropout. The stream is read as B parallel streams of L
 * predictions each (B = min(batch, predictions)), state carried across segments of {@code bptt};
 * the (ids.length - 1) - B*L predictions that {@link TokenStream} leaves over continue the last
 * stream with batch 1 from its final state, so none is dropped. Streams 2..B start from a zero
 * state in mid-text (as in the usual batched evaluation of PTB models).
 */
public final class StreamPerplexity {
  private StreamPerplexity() {}

  /** Summed NLL and count over all predictions of {@code ids} (at least 2 ids). */
  public static Perplexity of(RnnLanguageModel model, int[] ids, int batch, int bptt) {
    return of(model, ids, batch, bptt, true);
  }

  /**
   * As {@link #of(RnnLanguageModel, int[], int, int)}; with {@code carryState} false every segment
   * starts from zero state (as a model trained with {@code lm.carry_state: false} saw them).
   */
  public static Perplexity of(RnnLanguageModel model, int[] ids, int batch, int bptt, boolean carryState) {
    long predictions = ids.length - 1L;
    if (predictions < 1) {
      throw new IllegalArgumentException("a stream of " + ids.length + " ids has nothing to predict");
    }
    int b = (int) Math.min(batch, predictions);
    TokenStream main = new TokenStream(ids, b, bptt);
    double nll = 0;
    long count = 0;
    List<INDArray> state = null;
    for (int k = 0; k < main.segments(); k++) {
      RnnLanguageModel.SegmentResult l = model.scoreSegment(main.segment(k), state);
      nll += l.nll();
      count += l.tokens();
      state = carryState ? l.finalStates() : null;
    }
    int used = b * main.streamLength();
    if (used < predictions) {
      // the rest continues the last stream: its state (row b - 1), when states are carried
      state = state == null ? null : state.stream().map(s -> s.getRow(b - 1, true).dup()).toList();
      TokenStream rest = new TokenStream(Arrays.copyOfRange(ids, used, ids.length), 1, bptt);
      for (int k = 0; k < rest.segments(); k++) {
        RnnLanguageModel.SegmentResult l = model.scoreSegment(rest.segment(k), state);
        nll += l.nll();
        count += l.tokens();
        state = carryState ? l.finalStates() : null;
      }
    }
    if (count != predictions) {
      throw new IllegalStateException("counted " + count + " predictions, expected " + predictions);
    }
    return new Perplexity(nll, count);
  }
}

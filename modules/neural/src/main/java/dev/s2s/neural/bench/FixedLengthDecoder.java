package dev.s2s.neural.bench;

import dev.s2s.neural.nn.ScoreRows;
import dev.s2s.neural.search.StepDecoder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link StepDecoder} that never lets the end marker win: its log-probability column is set to
 * -infinity after every step, so greedy and beam search run exactly their maximum number of steps
 * (as the peer's fixed-length greedy loop does) and timings do not depend on what the model has
 * learnt. Everything else is delegated.
 *
 * @param <S> decoder state type
 */
public final class FixedLengthDecoder<S> implements StepDecoder<S> {
  private final StepDecoder<S> inner;
  private final int eos;

  public FixedLengthDecoder(StepDecoder<S> inner, int eos) {
    if (eos < 0 || eos >= inner.vocabSize()) {
      throw new IllegalArgumentException("eos id " + eos + " outside vocabulary of " + inner.vocabSize());
    }
    this.inner = inner;
    this.eos = eos;
  }

  @Override
  public int vocabSize() {
    return inner.vocabSize();
  }

  /** Log-probabilities [n, vocab] with column eos at -infinity. */
  @Override
  public INDArray step(S state, int[] prev) {
    INDArray lp = inner.step(state, prev);
    lp.getColumn(eos).assign(Double.NEGATIVE_INFINITY);
    return lp;
  }

  /** Log-probabilities with column eos at -infinity, into {@code into}. */
  @Override
  public void step(S state, int[] prev, ScoreRows into) {
    inner.step(state, prev, into);
    float[] v = into.values();
    for (int r = 0; r < into.rows(); r++) {
      v[r * into.cols() + eos] = Float.NEGATIVE_INFINITY;
    }
  }

  @Override
  public S select(S state, int[] rows) {
    return inner.select(state, rows);
  }
}

package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.crf.CrfForward;
import dev.s2s.neural.crf.LinearChainCrf;
import dev.s2s.neural.crf.TransitionConstraints;
import dev.s2s.neural.nn.Linear;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PrefixMask;
import dev.s2s.neural.nn.Shapes;
import dev.s2s.neural.nn.SoftmaxCrossEntropy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Tag scorer on top of any encoder's states {@code [T, B, D]} (the tagger's own BiRNN or the shared
 * translation encoder's states): a {@link Linear} {@code [D, K]} gives emissions {@code [T, B, K]},
 * followed by either a {@link LinearChainCrf} constrained to valid tag sequences (sentence-level
 * NLL, Viterbi decoding) or an independent softmax per token (token-level NLL, argmax decoding).
 */
public final class TaggingHead {
  private final Linear projection;
  private final LinearChainCrf crf;
  private final int numTags;

  /**
   * @param inputSize D, the size of the encoder states
   * @param tags the tag set; with {@code useCrf} its constraints (IOB2 or IOBES) are hard constraints
   */
  public TaggingHead(
      String name, int inputSize, EntityTagSet tags, boolean useCrf, DataType dataType, SplittableRandom rnd) {
    this.numTags = tags.size();
    this.projection = new Linear(name + ".proj", inputSize, numTags, true, dataType, rnd);
    this.crf = useCrf ? new LinearChainCrf(name + ".crf", TransitionConstraints.of(tags), dataType) : null;
  }

  public List<Param> params() {
    List<Param> ps = new ArrayList<>(projection.params());
    if (crf != null) {
      ps.addAll(crf.params());
    }
    return ps;
  }

  public boolean usesCrf() {
    return crf != null;
  }

  /** The loss of one batch; {@link #backward} turns it into state gradients. */
  public interface Loss {
    /** Summed NLL in nats (per sentence with a CRF, per token with softmax). */
    double nll();

    /** Number of real tokens. */
    long tokens();

    /** Adds parameter gradients of scale * nll and returns d/d states {@code [T, B, D]}. */
    INDArray backward(double scale);
  }

  /**
   * @param states {@code [T, B, D]}
   * @param mask {@code [T, B]}
   * @param gold gold tag ids per sentence ({@code [B][length]})
   */
  public Loss loss(INDArray states, INDArray mask, int[][] gold) {
    long steps = states.size(0);
    long batch = states.size(1);
    Shapes.require("tagging head states [time, batch, D]", states, -1, -1, projection.inputSize());
    INDArray flat = Shapes.contiguous(states).reshape('c', steps * batch, states.size(2));
    INDArray logits = projection.forward(flat);
    int[] lengths = PrefixMask.lengths(mask);
    long tokens = 0;
    for (int len : lengths) {
      tokens += len;
    }
    long count = tokens;
    if (crf != null) {
      CrfForward f = crf.forward(logits.reshape('c', steps, batch, numTags), mask, gold);
      return new Loss() {
        @Override
        public double nll() {
          return f.loss();
        }

        @Override

        public long tokens() {
          return count;
        }

        @Override

        public INDArray backward(double scale) {
          INDArray dEm = crf.backward(f, scale).reshape('c', steps * batch, numTags);
          return projection.backward(flat, dEm, true).reshape('c', steps, batch, flat.size(1));
        }
      };
    }
    int[] targets = new int[(int) (steps * batch)];
    float[] m = new float[targets.length];
    for (int b = 0; b < batch; b++) {
      for (int t = 0; t < lengths[b]; t++) {
        targets[(int) (t * batch + b)] = gold[b][t];
        m[(int) (t * batch + b)] = 1;
      }
    }
    SoftmaxCrossEntropy.Result r = SoftmaxCrossEntropy.forward(logits, targets, m);
    return new Loss() {
      @Override
      public double nll() {
        return r.nll();
      }

      @Override

      public long tokens() {
        return count;
      }

      @Override

      public INDArray backward(double scale) {
        return projection.backward(flat, r.gradient(scale), true).reshape('c', steps, batch, flat.size(1));
      }
    };
  }

  /** Predicted tag ids per sentence (Viterbi with a CRF, per-token argmax otherwise). */
  public int[][] predict(INDArray states, INDArray mask) {
    return decode(emissions(states), mask, crf);
  }

  /** The emission scores {@code [T, B, K]} of encoder states {@code [T, B, D]}. */
  INDArray emissions(INDArray states) {
    long steps = states.size(0);
    long batch = states.size(1);
    INDArray flat = Shapes.contiguous(states).reshape('c', steps * batch, states.size(2));
    return projection.forward(flat).reshape('c', steps, batch, numTags);
  }

  /** The CRF, or null for a softmax head. */
  LinearChainCrf crf() {
    return crf;
  }

  /**
   * Tag ids per sentence from emissions {@code [T, B, K]}: Viterbi under {@code crf}, or the
   * per-token argmax when {@code crf} is null.
   */
  static int[][] decode(INDArray emissions, INDArray mask, LinearChainCrf crf) {
    if (crf != null) {
      return crf.viterbi(emissions, mask);
    }
    long batch = emissions.size(1);
    int[] lengths = PrefixMask.lengths(mask);
    int[] best = emissions.reshape('c', emissions.size(0) * batch, emissions.size(2)).argMax(1).toIntVector();
    int[][] out = new int[(int) batch][];
    for (int b = 0; b < batch; b++) {
      out[b] = new int[lengths[b]];
      for (int t = 0; t < lengths[b]; t++) {
        out[b][t] = best[(int) (t * batch + b)];
      }
    }
    return out;
  }
}

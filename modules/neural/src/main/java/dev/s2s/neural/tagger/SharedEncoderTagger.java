package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.seq2seq.Encoder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A {@link TaggingHead} on the states {@code [T, B, contextSize]} of a translation {@link Encoder}
 * shared with the seq2seq model (multi-task learning: tagging gradients flow into the shared
 * encoder). The source ids must be one per tagged token (word-level source vocabulary).
 *
 * <p>Parameter names: the head's ("tagger.head" by convention); the encoder's parameters belong to
 * the translation model and are listed by {@link #encoderParams()} for optimisers that update both.
 */
public final class SharedEncoderTagger {
  private final Encoder encoder;
  private final TaggingHead head;

  public SharedEncoderTagger(
      Encoder encoder, String headName, EntityTagSet tags, boolean useCrf, DataType dataType, SplittableRandom rnd) {
    this.encoder = encoder;
    this.head = new TaggingHead(headName, encoder.contextSize(), tags, useCrf, dataType, rnd);
  }

  public TaggingHead head() {
    return head;
  }

  /** The head's parameters only. */
  public List<Param> headParams() {
    return head.params();
  }

  /** The shared encoder's parameters. */
  public List<Param> encoderParams() {
    return encoder.params();
  }

  /** Encoder and head parameters. */
  public List<Param> params() {
    List<Param> ps = new ArrayList<>(encoder.params());
    ps.addAll(head.params());
    return ps;
  }

  /**
   * Tagging loss of a batch; its backward adds gradients into the head and the encoder.
   *
   * @param ids time-major source ids {@code [T * B]}
   * @param mask {@code [T, B]}
   * @param gold gold tag ids per sentence
   * @param rnd dropout source (encoder dropout), or null
   */
  public TaggerModel.Loss loss(int[] ids, int steps, int batch, INDArray mask, int[][] gold, SplittableRandom rnd) {
    Encoder.Forward f = encoder.forward(ids, steps, batch, mask, rnd);
    TaggingHead.Loss l = head.loss(f.states(), mask, gold);
    return new TaggerModel.Loss() {
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
        encoder.backward(f, null, l.backward(scale));
      }
    };
  }

  /** Predicted tag ids per sentence. */
  public int[][] predict(int[] ids, int steps, int batch, INDArray mask) {
    return head.predict(encoder.forward(ids, steps, batch, mask, null).states(), mask);
  }
}

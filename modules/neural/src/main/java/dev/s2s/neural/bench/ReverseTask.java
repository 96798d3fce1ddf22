package dev.s2s.neural.bench;

import dev.s2s.neural.seq2seq.Seq2SeqBatch;
import dev.s2s.neural.seq2seq.SpecialTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The peer's synthetic task: a source of uniform length in [minLength, maxLength] with ids drawn
 * uniformly from [3, vocab), its target the same ids reversed. Batches are drawn up front so that
 * only model work is timed.
 */
public final class ReverseTask {
  /** pad 0, BOS 1, EOS 2 (the peer's ids). */
  public static final SpecialTokens SPECIAL = new SpecialTokens(0, 1, 2);

  private final BenchShapes shapes;
  private final SplittableRandom rnd;

  /** @param rnd the only source of randomness (pass one with a fixed seed) */
  public ReverseTask(BenchShapes shapes, SplittableRandom rnd) {
    this.shapes = shapes;
    this.rnd = rnd;
  }

  /** {@code count} batches of {@code size} pairs each. */
  public List<Seq2SeqBatch> batches(int count, int size) {
    List<Seq2SeqBatch> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(batch(size));
    }
    return out;
  }

  /** One batch of {@code size} source/reversed-target pairs. */
  public Seq2SeqBatch batch(int size) {
    List<int[]> src = new ArrayList<>(size);
    List<int[]> tgt = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int[] s = sentence();
      int[] r = new int[s.length];
      for (int j = 0; j < s.length; j++) {
        r[j] = s[s.length - 1 - j];
      }
      src.add(s);
      tgt.add(r);
    }
    return Seq2SeqBatch.of(src, tgt, SPECIAL);
  }

  /** A random source sentence (word ids only, no markers). */
  public int[] sentence() {
    int len = shapes.minLength() + rnd.nextInt(shapes.maxLength() - shapes.minLength() + 1);
    return rnd.ints(len, BenchShapes.FIRST_WORD_ID, shapes.vocab()).toArray();
  }
}

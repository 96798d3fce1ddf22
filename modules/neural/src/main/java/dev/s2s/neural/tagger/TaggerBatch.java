package dev.s2s.neural.tagger;

import dev.s2s.neural.nn.PrefixMask;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A padded, time-major batch of sentences for the tagger. Flat per-token arrays use position
 * {@code t * batch + b}; padding positions hold word id 0, no characters, casing OTHER.
 *
 * @param steps T, the longest sentence
 * @param batch B
 * @param wordIds [T * B]
 * @param charIds [T * B] character ids of each token
 * @param casing [T * B] {@link CasingFeature} ordinals
 * @param mask [T, B] (1 real, 0 padding)
 * @param lengths [B]
 * @param gold gold tag ids per sentence ([B][length]) or null when the sentences are unlabelled
 */
public record TaggerBatch(
    int steps, int batch, int[] wordIds, int[][] charIds, int[] casing, INDArray mask, int[] lengths,
    int[][] gold) {

  /** Encodes sentences with a vocabulary; tags unknown to the tag set are an error. */
  public static TaggerBatch of(List<TaggedSentence> sentences, TaggerVocab vocab, DataType dataType) {
    int b = sentences.size();
    if (b == 0) {
      throw new IllegalArgumentException("empty batch");
    }
    int[] lengths = new int[b];
    int steps = 0;
    boolean labelled = true;
    for (int i = 0; i < b; i++) {
      lengths[i] = sentences.get(i).length();
      steps = Math.max(steps, lengths[i]);
      labelled &= sentences.get(i).tags() != null;
    }
    int[] words = new int[steps * b];
    int[][] chars = new int[steps * b][];
    int[] casing = new int[steps * b];
    int[][] gold = labelled ? new int[b][] : null;
    for (int i = 0; i < b; i++) {
      TaggedSentence s = sentences.get(i);
      if (labelled) {
        gold[i] = vocab.tags().encode(s.tags());
      }
      for (int t = 0; t < steps; t++) {
        int at = t * b + i;
        if (t >= lengths[i]) {
          chars[at] = new int[0];
          casing[at] = CasingFeature.OTHER.ordinal();
          continue;
        }
        String token = s.tokens().get(t);
        words[at] = vocab.wordId(token);
        chars[at] = vocab.charIds(token);
        casing[at] = CasingFeature.of(token).ordinal();
      }
    }
    return new TaggerBatch(steps, b, words, chars, casing, PrefixMask.of(lengths, steps, dataType), lengths, gold);
  }

  /** Number of real tokens. */
  public long tokens() {
    long n = 0;
    for (int len : lengths) {
      n += len;
    }
    return n;
  }
}

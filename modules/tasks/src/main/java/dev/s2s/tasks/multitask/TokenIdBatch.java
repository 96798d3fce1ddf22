package dev.s2s.tasks.multitask;

import dev.s2s.neural.nn.PrefixMask;
import dev.s2s.text.vocab.Vocabulary;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Sentences of token ids padded into one time-major batch for the encoder.
 *
 * @param ids [steps * batch], position t * batch + b, padding {@link Vocabulary#PAD_ID}
 * @param steps the longest sentence
 * @param batch number of sentences
 * @param mask [steps, batch], 1 for real tokens
 */
record TokenIdBatch(int[] ids, int steps, int batch, INDArray mask) {
  /** @param sentences at least one, each with at least one id */
  static TokenIdBatch of(List<int[]> sentences, DataType dataType) {
    int b = sentences.size();
    if (b == 0) {
      throw new IllegalArgumentException("empty batch");
    }
    int[] lengths = new int[b];
    int steps = 0;
    for (int i = 0; i < b; i++) {
      lengths[i] = sentences.get(i).length;
      if (lengths[i] == 0) {
        throw new IllegalArgumentException("sentence " + i + " of the batch is empty");
      }
      steps = Math.max(steps, lengths[i]);
    }
    int[] ids = new int[steps * b];
    java.util.Arrays.fill(ids, Vocabulary.PAD_ID);
    for (int i = 0; i < b; i++) {
      int[] s = sentences.get(i);
      for (int t = 0; t < s.length; t++) {
        ids[t * b + i] = s[t];
      }
    }
    return new TokenIdBatch(ids, steps, b, PrefixMask.of(lengths, steps, dataType));
  }
}

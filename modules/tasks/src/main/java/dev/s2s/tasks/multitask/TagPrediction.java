package dev.s2s.tasks.multitask;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.SharedEncoderTagger;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/** Tags tokenized sentences with a shared-encoder tagger, in length-sorted batches (no dropout). */
final class TagPrediction {
  private TagPrediction() {}

  /** One IOB2 tag per token of each sentence (an empty sentence gets no tags). */
  static List<List<String>> tags(
      SharedEncoderTagger tagger, SourceIds ids, EntityTagSet tags, List<List<String>> sentences, int batchSize,
      DataType dataType) {
    List<int[]> inputs = new ArrayList<>(sentences.size());
    sentences.forEach(s -> inputs.add(s.isEmpty() ? new int[0] : ids.taggingTokens(s)));
    return LengthSortedBatches.map(inputs, batchSize, List.<String>of(), batch -> {
      TokenIdBatch b = TokenIdBatch.of(batch, dataType);
      int[][] predicted = tagger.predict(b.ids(), b.steps(), b.batch(), b.mask());
      List<List<String>> out = new ArrayList<>(predicted.length);
      for (int[] p : predicted) {
        List<String> names = new ArrayList<>(p.length);
        for (int t : p) {
          names.add(tags.iob2Tag(t));
        }
        out.add(names);
      }
      return out;
    });
  }
}

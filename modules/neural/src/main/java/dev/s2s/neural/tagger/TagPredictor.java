package dev.s2s.neural.tagger;

import dev.s2s.neural.crf.EntityTagSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Something that tags tokenized sentences with the tags of a {@link EntityTagSet}: one {@link
 * TaggerModel}, or a {@link TaggerEnsemble} of them. Implementations may be called from several
 * threads at once.
 */
public interface TagPredictor {
  /** The tags that predictions use. */
  EntityTagSet tags();

  /** Predicted tag ids of one batch of sentences (their tags are ignored); result[i] has sentence i's length. */
  int[][] predictIds(List<TaggedSentence> sentences);

  /** Predicted tags for tokenised sentences, {@code batchSize} sentences at a time. */
  default List<List<String>> predictTags(List<List<String>> sentences, int batchSize) {
    return inBatches(tags(), sentences, batchSize, this::predictIds);
  }

  /** IOB2 tags of {@code sentences}, {@code batchSize} at a time, the ids of each batch from {@code predictIds}. */
  static List<List<String>> inBatches(EntityTagSet tagSet, List<List<String>> sentences, int batchSize,
      Function<List<TaggedSentence>, int[][]> predictIds) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < sentences.size(); from += batchSize) {
      List<TaggedSentence> chunk = new ArrayList<>();
      for (List<String> s : sentences.subList(from, Math.min(sentences.size(), from + batchSize))) {
        chunk.add(TaggedSentence.unlabelled(s));
      }
      for (int[] ids : predictIds.apply(chunk)) {
        List<String> tags = new ArrayList<>(ids.length);
        for (int id : ids) {
          tags.add(tagSet.iob2Tag(id));
        }
        out.add(tags);
      }
    }
    return out;
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.neural.tagger.TaggedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled documents laid out for tagging in one pass and for {@link DocumentConsistency}: every
 * sentence's tokens and gold tags, document after document, and where each document starts.
 *
 * @param tokens the tokens [sentences][tokens]
 * @param gold the gold tags (IOB2), the same shape as {@code tokens}
 * @param documentStarts the index of each document's first sentence, increasing (empty when there
 *     are no documents)
 */
public record TaggedDocuments(List<List<String>> tokens, List<List<String>> gold, List<Integer> documentStarts) {
  public TaggedDocuments {
    tokens = List.copyOf(tokens);
    gold = List.copyOf(gold);
    documentStarts = List.copyOf(documentStarts);
  }

  /** The sentences of {@code documents}, in order. */
  public static TaggedDocuments of(List<List<TaggedSentence>> documents) {
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> gold = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (List<TaggedSentence> document : documents) {
      starts.add(tokens.size());
      for (TaggedSentence s : document) {
        tokens.add(s.tokens());
        gold.add(s.tags());
      }
    }
    return new TaggedDocuments(tokens, gold, starts);
  }

  /** Number of tokens. */
  public long tokenCount() {
    return tokens.stream().mapToLong(List::size).sum();
  }
}

package dev.s2s.tasks.tagging;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.VocabConfig;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerVocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds the tagger's vocabulary from the training sentences as the config's {@code vocab} section
 * says: words seen at least {@code min_freq} times (after lower-casing when {@code text.lowercase}),
 * the most frequent first (ties in code-point order), at most {@code max_size} entries including
 * {@code <unk>}; every character seen; the tag set {@code O} plus the tags of every type X seen ({@code B-X},
 * {@code I-X}, and for IOBES {@code E-X}, {@code S-X}; {@link EntityTagSet#forTypes}), types sorted.
 */
public final class TaggerVocabularyBuilder {
  private TaggerVocabularyBuilder() {}

  /**
   * @param train labelled training sentences (IOB2)
   * @param vocab the config's vocab section
   * @param lowercase whether words are lower-cased
   * @throws UserException when the training data has no entity at all
   */
  public static TaggerVocab build(List<TaggedSentence> train, VocabConfig vocab, boolean lowercase) {
    return build(train, vocab, lowercase, List.of(), EntityTagSet.Format.IOB2);
  }

  /**
   * As {@link #build(List, VocabConfig, boolean)}, then {@code extraWords} (e.g. the words that
   * have word2vec vectors, most useful first) not yet included, while the vocabulary is below
   * {@code max_size}; the tags in {@code format}.
   */
  public static TaggerVocab build(List<TaggedSentence> train, VocabConfig vocab, boolean lowercase,
      List<String> extraWords, EntityTagSet.Format format) {
    Map<String, Integer> counts = wordCounts(train, lowercase);
    TreeSet<Integer> chars = new TreeSet<>();
    for (TaggedSentence s : train) {
      for (String t : s.tokens()) {
        t.codePoints().forEach(chars::add);
      }
    }
    SortedSet<String> types = EntityTagSet.typesOf(train.stream().map(TaggedSentence::tags).toList());
    if (types.isEmpty()) {
      throw new UserException("tagging.train: the training data has no entity tags (every tag is O); "
          + "expected IOB2 tags such as B-PER, I-PER");
    }
    List<String> words = new ArrayList<>();
    words.add("<unk>");
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= vocab.minFreq() && !e.getKey().equals("<unk>"))
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(Math.max(0, vocab.maxSize() - 1L))
        .forEach(e -> words.add(e.getKey()));
    java.util.Set<String> seen = new java.util.HashSet<>(words);
    for (String w : extraWords) {
      if (words.size() >= vocab.maxSize()) {
        break;
      }
      if (seen.add(w)) {
        words.add(w);
      }
    }
    return new TaggerVocab(words, new ArrayList<>(chars), EntityTagSet.forTypes(types, format), lowercase);
  }

  /** How often each word (lower-cased when {@code lowercase}) occurs in {@code train}. */
  public static Map<String, Integer> wordCounts(List<TaggedSentence> train, boolean lowercase) {
    Map<String, Integer> counts = new HashMap<>();
    for (TaggedSentence s : train) {
      for (String t : s.tokens()) {
        counts.merge(TaggerVocab.wordKey(t, lowercase), 1, Integer::sum);
      }
    }
    return counts;
  }
}

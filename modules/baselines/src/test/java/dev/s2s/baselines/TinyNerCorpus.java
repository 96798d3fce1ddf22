package dev.s2s.baselines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hand-written CoNLL snippet (token NER, IOB2) with obvious patterns: person names before
 * "said"/"visited", places after "in"/"to", organisations ending in "Corp" or "Bank". Used to
 * train a CRF in seconds.
 */
final class TinyNerCorpus {
  private TinyNerCorpus() {}

  /** 2-column CoNLL text: 16 sentences. */
  static final String TRAIN =
      String.join(
          "\n",
          "John B-PER", "said O", "he O", "lives O", "in O", "Paris B-LOC", ". O", "",
          "Mary B-PER", "visited O", "London B-LOC", "on O", "Monday O", ". O", "",
          "Acme B-ORG", "Corp I-ORG", "opened O", "an O", "office O", "in O", "Berlin B-LOC", ". O", "",
          "Peter B-PER", "Smith I-PER", "said O", "the O", "deal O", "was O", "good O", ". O", "",
          "Shares O", "of O", "Global B-ORG", "Bank I-ORG", "rose O", "in O", "Tokyo B-LOC", ". O", "",
          "Anna B-PER", "travelled O", "to O", "Madrid B-LOC", "with O", "John B-PER", ". O", "",
          "The O", "weather O", "was O", "cold O", "in O", "London B-LOC", ". O", "",
          "Mary B-PER", "Jones I-PER", "works O", "for O", "Acme B-ORG", "Corp I-ORG", ". O", "",
          "Peter B-PER", "visited O", "Paris B-LOC", "and O", "Berlin B-LOC", ". O", "",
          "Global B-ORG", "Bank I-ORG", "said O", "profits O", "fell O", ". O", "",
          "Anna B-PER", "said O", "she O", "liked O", "Tokyo B-LOC", ". O", "",
          "John B-PER", "Smith I-PER", "went O", "to O", "New B-LOC", "York I-LOC", ". O", "",
          "Prices O", "in O", "New B-LOC", "York I-LOC", "were O", "high O", ". O", "",
          "Mary B-PER", "said O", "Acme B-ORG", "Corp I-ORG", "will O", "grow O", ". O", "",
          "It O", "was O", "a O", "quiet O", "day O", ". O", "",
          "Peter B-PER", "travelled O", "to O", "Madrid B-LOC", ". O", "")
          + "\n";

  /** The sentences of {@link #TRAIN}. */
  static List<TaggedSentence> train() {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : TRAIN.split("\n", -1)) {
      if (line.isEmpty()) {
        if (!tokens.isEmpty()) {
          out.add(new TaggedSentence(tokens, tags));
          tokens = new ArrayList<>();
          tags = new ArrayList<>();
        }
        continue;
      }
      String[] f = line.split(" ");
      tokens.add(f[0]);
      tags.add(f[1]);
    }
    return out;
  }

  /** A held-out sentence made of seen words in a seen pattern. */
  static final List<String> HELD_OUT = Arrays.asList("Anna", "visited", "Berlin", ".");

  /** Its tags, by construction: a known person before "visited", a known city after it. */
  static final List<String> HELD_OUT_TAGS = Arrays.asList("B-PER", "O", "B-LOC", "O");
}

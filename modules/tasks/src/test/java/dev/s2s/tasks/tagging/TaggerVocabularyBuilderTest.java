package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.VocabConfig;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerVocab;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerVocabularyBuilderTest {
  // counts by hand: the 3, Ann 2, met 2, Bo 1, The 1
  private static final List<TaggedSentence> TRAIN = List.of(
      new TaggedSentence(List.of("Ann", "met", "the", "Bo"), List.of("B-PER", "O", "O", "B-PER")),
      new TaggedSentence(List.of("The", "the", "Ann"), List.of("O", "O", "B-ORG")),
      new TaggedSentence(List.of("met", "the"), List.of("O", "O")));

  @Test
  void mostFrequentFirstTiesInCodePointOrder() {
    TaggerVocab v = TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(1, 100, false, 0), false);
    assertEquals(List.of("<unk>", "the", "Ann", "met", "Bo", "The"), v.words());
    assertEquals(List.of("O", "B-ORG", "I-ORG", "B-PER", "I-PER"), v.tags().tags());
  }

  @Test
  void iobesAddsEndAndSingleTagsPerType() {
    TaggerVocab v = TaggerVocabularyBuilder.build(
        TRAIN, new VocabConfig(1, 100, false, 0), false, List.of(), EntityTagSet.Format.IOBES);
    assertEquals(List.of("O", "B-ORG", "I-ORG", "E-ORG", "S-ORG", "B-PER", "I-PER", "E-PER", "S-PER"),
        v.tags().tags());
  }

  @Test
  void minFreqAndMaxSizeLimitTheWords() {
    assertEquals(List.of("<unk>", "the", "Ann", "met"),
        TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(2, 100, false, 0), false).words());
    assertEquals(List.of("<unk>", "the", "Ann"),
        TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(1, 3, false, 0), false).words());
  }

  @Test
  void extraWordsFollowTheTrainingWordsWithinMaxSize() {
    List<String> extra = List.of("Bo", "Cy", "the", "Di", "Ed");
    assertEquals(List.of("<unk>", "the", "Ann", "met", "Bo", "The", "Cy", "Di", "Ed"),
        TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(1, 100, false, 0), false, extra, EntityTagSet.Format.IOB2).words());
    assertEquals(List.of("<unk>", "the", "Ann", "met", "Bo", "The", "Cy"),
        TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(1, 7, false, 0), false, extra, EntityTagSet.Format.IOB2).words());
  }

  @Test
  void lowercasingMergesWords() {
    // the 4 (with The), ann 2, met 2, bo 1
    assertEquals(List.of("<unk>", "the", "ann", "met", "bo"),
        TaggerVocabularyBuilder.build(TRAIN, new VocabConfig(1, 100, false, 0), true).words());
  }

  @Test
  void trainingDataWithoutEntitiesIsAUserError() {
    UserException e = assertThrows(UserException.class, () -> TaggerVocabularyBuilder.build(
        List.of(new TaggedSentence(List.of("a"), List.of("O"))), new VocabConfig(1, 10, false, 0), false));
    assertTrue(e.getMessage().contains("no entity tags"), e.getMessage());
  }
}

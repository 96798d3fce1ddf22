package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerVocabTest {
  private static final List<TaggedSentence> TRAIN = List.of(
      new TaggedSentence(List.of("in", "Paris", "in"), List.of("O", "B-LOC", "O")),
      new TaggedSentence(List.of("Mr", "Smith"), List.of("O", "B-PER")));

  @Test
  void tagsGetBothPrefixesPerTypeAfterO() {
    TaggerVocab v = TaggerVocab.build(TRAIN, 1, true);
    assertEquals(List.of("O", "B-LOC", "I-LOC", "B-PER", "I-PER"), v.tags().tags());
  }

  @Test
  void wordsAreCountedAfterLowercasingAndRareOnesAreUnknown() {
    TaggerVocab v = TaggerVocab.build(TRAIN, 2, true);
    // counts: in 2, paris 1, mr 1, smith 1 -> only "in" survives next to <unk>
    assertEquals(List.of("<unk>", "in"), v.words());
    assertEquals(1, v.wordId("IN"));
    assertEquals(TaggerVocab.UNK_WORD, v.wordId("Paris"));
  }

  @Test
  void charactersAreCodePointsWithUnknown() {
    TaggerVocab v = TaggerVocab.build(TRAIN, 1, false);
    // sorted code points: M P S a h i i m n r s t -> distinct: M P S a h i m n r s t; ids from 2
    assertEquals(List.of((int) 'M', (int) 'P', (int) 'S', (int) 'a', (int) 'h', (int) 'i', (int) 'm',
        (int) 'n', (int) 'r', (int) 's', (int) 't'), v.chars());
    assertArrayEquals(new int[] {7, 9, TaggerVocab.UNK_CHAR}, v.charIds("inz"));
  }

  @Test
  void charactersBeyondTheBasicPlaneAreOneCodePointEach() {
    String emoji = new String(Character.toChars(0x1F600)); // two UTF-16 chars, one code point
    TaggerVocab v = new TaggerVocab(List.of("<unk>"), List.of((int) 'a', 0x1F600), dev.s2s.neural.crf.EntityTagSet.of(List.of("O", "B-PER", "I-PER")), false);
    assertArrayEquals(new int[] {2, 3, 2, TaggerVocab.UNK_CHAR}, v.charIds("a" + emoji + "a" + new String(Character.toChars(0x1F601))));
  }

  @Test
  void saveLoadRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    TaggerVocab v = TaggerVocab.build(TRAIN, 1, true);
    java.nio.file.Path f = dir.resolve("vocab.txt");
    v.save(f);
    TaggerVocab back = TaggerVocab.load(f);
    assertEquals(v.words(), back.words());
    assertEquals(v.chars(), back.chars());
    assertEquals(v.tags().tags(), back.tags().tags());
    assertEquals(v.lowercase(), back.lowercase());
  }

  @Test
  void badVocabularyFileNamesFileAndLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("vocab.txt");
    java.nio.file.Files.writeString(f, "s2s-tagger-vocab-v1\nlowercase true\ntags O B-LOC\nchars 97 x\n<unk>\n");
    dev.s2s.common.UserException e =
        org.junit.jupiter.api.Assertions.assertThrows(dev.s2s.common.UserException.class, () -> TaggerVocab.load(f));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("vocab.txt:4: character code 'x' is not a decimal integer"), e.getMessage());
  }
}

package dev.s2s.text.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  // counts: the 5, a 3, cat 3, dog 1, zebra 1, literal <unk> 2, </s> 4
  private static final List<List<String>> SENTENCES =
      List.of(
          List.of("the", "cat", "a", "</s>"),
          List.of("the", "a", "dog", "<unk>", "</s>"),
          List.of("the", "cat", "the", "a", "</s>"),
          List.of("zebra", "the", "cat", "<unk>", "</s>"));

  @Test
  void minFrequencyDropsRareWordsIntoUnk() {
    Vocabulary v = Vocabulary.build(SENTENCES, new VocabularyOptions(2, VocabularyOptions.UNLIMITED));
    // the(5); a(3) and cat(3) tie and are ordered by string
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "the", "a", "cat"), v.tokens());
    // <unk>: literal 2 + dog 1 + zebra 1
    assertArrayEquals(new long[] {0, 4, 0, 4, 5, 3, 3}, counts(v));
  }

  @Test
  void maxSizeCountsSpecials() {
    Vocabulary v = Vocabulary.build(SENTENCES, new VocabularyOptions(1, 6));
    assertEquals(List.of("<pad>", "<unk>", "<s>", "</s>", "the", "a"), v.tokens());
    // <unk>: literal 2 + cat 3 + dog 1 + zebra 1
    assertEquals(7, v.count(Vocabulary.UNK_ID));
  }

  @Test
  void tiesAreBrokenByStringThenUnlimitedKeepsAll() {
    Vocabulary v = Vocabulary.build(List.of(List.of("b", "a", "B", "c", "c")), VocabularyOptions.unlimited());
    // c(2) first, then the count-1 words by String.compareTo: "B" < "a" < "b"
    assertEquals(List.of("c", "B", "a", "b"), v.tokens().subList(4, 8));
  }

  @Test
  void lookupWithUnkFallback() {
    Vocabulary v = Vocabulary.build(SENTENCES, new VocabularyOptions(2, VocabularyOptions.UNLIMITED));
    assertEquals(0, v.id("<pad>"));
    assertEquals(1, v.id("<unk>"));
    assertEquals(2, v.id("<s>"));
    assertEquals(3, v.id("</s>"));
    assertEquals(4, v.id("the"));
    assertEquals(Vocabulary.UNK_ID, v.id("dog"));
    assertFalse(v.contains("dog"));
    assertTrue(v.contains("cat"));
    assertArrayEquals(new int[] {2, 4, 6, 1, 3}, v.ids(List.of("<s>", "the", "cat", "zebra", "</s>")));
    assertEquals(List.of("the", "<unk>"), v.tokens(new int[] {4, 1}));
    assertEquals("cat", v.token(6));
    assertEquals(7, v.size());
  }

  @Test
  void ofChecksLayout() {
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(List.of("a", "b"), new long[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Vocabulary.of(List.of("<pad>", "<unk>", "<s>", "</s>", "x", "x"), new long[6]));
  }

  private static long[] counts(Vocabulary v) {
    long[] c = new long[v.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = v.count(i);
    }
    return c;
  }
}

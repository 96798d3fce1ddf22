package dev.s2s.text.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.s2s.common.UserException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordClassesTest {
  // ids:            0      1      2     3     4     5    6     7
  // counts (sum 16): <pad>0 <unk>2 <s>0 </s>4 the6  a2   cat1  dog1
  // sorted by count desc, ties by string: the 6, </s> 4, <unk> 2, a 2, cat 1, dog 1, <pad> 0, <s> 0
  private static final Vocabulary VOCAB =
      Vocabulary.of(
          List.of("<pad>", "<unk>", "<s>", "</s>", "the", "a", "cat", "dog"), new long[] {0, 2, 0, 4, 6, 2, 1, 1});

  @Test
  void unigramBinsAsInRnnlmOldClasses() {
    // C = 3, thresholds 1/3 and 2/3 on the cumulative unigram mass:
    // the: 6/16 = .375 -> class 0, > 1/3 so next class is 1
    // </s>: 10/16 = .625 -> class 1 (not > 2/3)
    // <unk>: 12/16 = .75 -> class 1, > 2/3 so next class is 2 (the last)
    // a .875, cat .9375, dog 1, <pad> 1, <s> 1 -> class 2
    WordClasses wc = WordClasses.frequencyBinned(VOCAB, 3, ClassBinning.UNIGRAM, null);
    assertEquals(3, wc.classCount());
    assertArrayEquals(new int[] {2, 1, 2, 1, 0, 2, 2, 2}, wc.classOfArray());
    assertArrayEquals(new int[] {4}, wc.wordsOf(0));
    assertArrayEquals(new int[] {1, 3}, wc.wordsOf(1));
    assertArrayEquals(new int[] {0, 2, 5, 6, 7}, wc.wordsOf(2));
    assertEquals(1, wc.indexInClass(3));
    assertEquals(2, wc.indexInClass(5));
    assertEquals(5, wc.classSize(2));
  }

  @Test
  void sqrtBinsAsInRnnlmDefaultClasses() {
    // shares sqrt(count) / sum sqrt(count); sum = sqrt6 + 2 + 2*sqrt2 + 2 = 9.27792
    // the: 2.44949/9.27792 = .26401 -> class 0 (not > 1/3)
    // </s>: 4.44949/9.27792 = .47958 -> class 0, > 1/3 -> next 1
    // <unk>: 5.86370/9.27792 = .63201 -> class 1 (not > 2/3)
    // a: 7.27792/9.27792 = .78443 -> class 1, > 2/3 -> next 2
    // cat, dog, <pad>, <s> -> class 2
    WordClasses wc = WordClasses.frequencyBinned(VOCAB, 3, ClassBinning.SQRT, null);
    assertArrayEquals(new int[] {2, 1, 2, 0, 0, 1, 2, 2}, wc.classOfArray());
  }

  @Test
  void oneClassHoldsEverything() {
    WordClasses wc = WordClasses.frequencyBinned(VOCAB, 1, ClassBinning.UNIGRAM, null);
    assertEquals(1, wc.classCount());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, wc.wordsOf(0));
  }

  @Test
  void asManyClassesAsWords() {
    // C = 8, thresholds k/8: cumulative .375 .625 .75 .875 .9375 1 1 1 exceed 1/8..7/8 in turn,
    // so every entry opens the next class, in sorted order: the </s> <unk> a cat dog <pad> <s>
    WordClasses wc = WordClasses.frequencyBinned(VOCAB, 8, ClassBinning.UNIGRAM, null);
    assertArrayEquals(new int[] {6, 2, 7, 1, 0, 3, 4, 5}, wc.classOfArray());
  }

  @Test
  void classCountOutOfRangeNamesTheKey() {
    UserException e =
        assertThrows(UserException.class, () -> WordClasses.frequencyBinned(VOCAB, 9, ClassBinning.UNIGRAM, "lm.classes"));
    assertEquals("lm.classes: must be between 1 and the vocabulary size 8, got 9", e.getMessage());
    assertThrows(UserException.class, () -> WordClasses.frequencyBinned(VOCAB, 0, ClassBinning.UNIGRAM, null));
  }

  @Test
  void explicitAssignmentMustNotLeaveGaps() {
    assertThrows(IllegalArgumentException.class, () -> WordClasses.of(new int[] {0, 2, 2}));
    WordClasses wc = WordClasses.of(new int[] {1, 0, 1});
    assertArrayEquals(new int[] {0, 2}, wc.wordsOf(1));
    assertEquals(1, wc.indexInClass(2));
  }
}

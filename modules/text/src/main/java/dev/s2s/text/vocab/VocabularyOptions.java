package dev.s2s.text.vocab;

import dev.s2s.common.UserException;

/**
 * Limits for building a {@link Vocabulary}.
 *
 * @param minFrequency words seen fewer times are left out (mapped to {@code <unk>}); at least 1
 * @param maxSize maximum number of entries <em>including</em> the four special tokens (so the
 *     output layer size), at least 5; {@link #UNLIMITED} for no limit
 */
public record VocabularyOptions(int minFrequency, int maxSize) {
  /** No size limit. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  public VocabularyOptions {
    check(minFrequency, maxSize, null, null);
  }

  /** Every word seen at least once, no size limit. */
  public static VocabularyOptions unlimited() {
    return new VocabularyOptions(1, UNLIMITED);
  }

  /**
   * Validated options from a config; the keys name the settings in error messages.
   *
   * @throws UserException naming the key, the value and what was expected
   */
  public static VocabularyOptions of(int minFrequency, int maxSize, String minFrequencyKey, String maxSizeKey) {
    check(minFrequency, maxSize, minFrequencyKey, maxSizeKey);
    return new VocabularyOptions(minFrequency, maxSize);
  }

  private static void check(int minFrequency, int maxSize, String minKey, String maxKey) {
    if (minFrequency < 1) {
      throw new UserException(
          (minKey == null ? "vocabulary min frequency" : minKey) + ": must be at least 1, got "
              + minFrequency);
    }
    int least = Vocabulary.SPECIALS.size() + 1;
    if (maxSize < least) {
      throw new UserException(
          (maxKey == null ? "vocabulary max size" : maxKey) + ": must be at least " + least + " ("
              + Vocabulary.SPECIALS.size() + " special tokens + 1 word), got " + maxSize);
    }
  }
}

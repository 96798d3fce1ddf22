package dev.s2s.text.vocab;

/**
 * How {@link WordClasses#frequencyBinned} measures the mass that is split evenly across classes,
 * as in Mikolov's RNNLM toolkit.
 */
public enum ClassBinning {
  /** Unigram probability {@code count / total} (RNNLM's {@code -old-classes}). */
  UNIGRAM,
  /** Normalised square root of the unigram probability (RNNLM's default "new classes"). */
  SQRT
}

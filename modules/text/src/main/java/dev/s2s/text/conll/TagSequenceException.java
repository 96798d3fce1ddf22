package dev.s2s.text.conll;

/**
 * A tag sequence that is invalid in its scheme; {@link #index()} is the 0-based position of the
 * offending tag so that readers can report the file line.
 */
public final class TagSequenceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int index;

  public TagSequenceException(int index, String message) {
    super(message);
    this.index = index;
  }

  /** 0-based position of the offending tag in the sequence. */
  public int index() {
    return index;
  }
}

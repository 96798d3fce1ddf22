package dev.s2s.neural.crf;

/**
 * Hard constraints of a linear-chain CRF: which tag may start a sequence, which may follow which,
 * and which may end a sequence. Forbidden moves get a score of {@link #FORBIDDEN} added in both
 * training (forward algorithm) and decoding (Viterbi), so no probability mass and no decoded path
 * uses them.
 */
public final class TransitionConstraints {
  /**
   * Additive score of a forbidden move. Finite (not -inf) so that log-sum-exp never sees only
   * -inf arguments; exp(FORBIDDEN) is exactly 0 in float and double.
   */
  public static final double FORBIDDEN = -1e9;

  private final boolean[] start;
  private final boolean[][] transition;
  private final boolean[] end;

  private TransitionConstraints(boolean[] start, boolean[][] transition, boolean[] end) {
    this.start = start;
    this.transition = transition;
    this.end = end;
  }

  /** Every move allowed, for {@code numTags} tags. */
  public static TransitionConstraints none(int numTags) {
    if (numTags < 1) {
      throw new IllegalArgumentException("numTags must be >= 1, got " + numTags);
    }
    boolean[] s = new boolean[numTags];
    boolean[] e = new boolean[numTags];
    boolean[][] tr = new boolean[numTags][numTags];
    java.util.Arrays.fill(s, true);
    java.util.Arrays.fill(e, true);
    for (boolean[] row : tr) {
      java.util.Arrays.fill(row, true);
    }
    return new TransitionConstraints(s, tr, e);
  }

  /**
   * The constraints of a tag set's format ({@link EntityTagSet#allowedStart}, {@link
   * EntityTagSet#allowedTransition}, {@link EntityTagSet#allowedEnd}): in IOB2, no I-X at the start
   * and I-X only after B-X or I-X; in IOBES also no chunk left open at the end.
   */
  public static TransitionConstraints of(EntityTagSet tags) {
    int k = tags.size();
    boolean[] s = new boolean[k];
    boolean[] e = new boolean[k];
    boolean[][] tr = new boolean[k][k];
    for (int j = 0; j < k; j++) {
      s[j] = tags.allowedStart(j);
      e[j] = tags.allowedEnd(j);
      for (int i = 0; i < k; i++) {
        tr[i][j] = tags.allowedTransition(i, j);
      }
    }
    return new TransitionConstraints(s, tr, e);
  }

  public int numTags() {
    return start.length;
  }

  public boolean allowedStart(int tag) {
    return start[tag];
  }

  public boolean allowedTransition(int from, int to) {
    return transition[from][to];
  }

  public boolean allowedEnd(int tag) {
    return end[tag];
  }

  /** Equal when the same moves are allowed. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TransitionConstraints c && java.util.Arrays.equals(start, c.start)
        && java.util.Arrays.deepEquals(transition, c.transition) && java.util.Arrays.equals(end, c.end);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * java.util.Arrays.hashCode(start) + java.util.Arrays.deepHashCode(transition))
        + java.util.Arrays.hashCode(end);
  }

  @Override
  public String toString() {
    return "TransitionConstraints[" + numTags() + " tags]";
  }

  /** 0 if allowed, {@link #FORBIDDEN} otherwise. */
  double startPenalty(int tag) {
    return start[tag] ? 0 : FORBIDDEN;
  }

  double transitionPenalty(int from, int to) {
    return transition[from][to] ? 0 : FORBIDDEN;
  }

  double endPenalty(int tag) {
    return end[tag] ? 0 : FORBIDDEN;
  }
}

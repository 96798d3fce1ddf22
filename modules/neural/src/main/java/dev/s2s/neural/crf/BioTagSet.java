package dev.s2s.neural.crf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tag inventory in the BIO (IOB2) scheme: {@code O}, {@code B-TYPE} and {@code I-TYPE}. Tag
 * indices are positions in the list given to {@link #of(List)}; they are the CRF's label indices.
 *
 * <p>Validity (IOB2): {@code I-X} may only follow {@code B-X} or {@code I-X}; in particular it may
 * not start a sentence and may not follow {@code O} or a tag of another type. Corpora in IOB1 (where
 * a chunk may begin with {@code I-X}) must be converted to IOB2 before tags reach this class.
 */
public final class BioTagSet {
  /** The outside tag. */
  public static final String OUTSIDE = "O";

  private final List<String> tags;
  private final String[] types; // null for O
  private final boolean[] inside;
  private final Map<String, Integer> index = new HashMap<>();

  private BioTagSet(List<String> tags) {
    this.tags = List.copyOf(tags);
    this.types = new String[tags.size()];
    this.inside = new boolean[tags.size()];
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (index.put(tag, i) != null) {
        throw new IllegalArgumentException("duplicate tag '" + tag + "' at index " + i + " of " + tags);
      }
      if (tag.equals(OUTSIDE)) {
        continue;
      }
      if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'B' && tag.charAt(0) != 'I')) {
        throw new IllegalArgumentException(
            "tag '" + tag + "' at index " + i + " is not BIO: expected 'O', 'B-TYPE' or 'I-TYPE'");
      }
      types[i] = tag.substring(2);
      inside[i] = tag.charAt(0) == 'I';
    }
  }

  /** Parses the tags; throws IllegalArgumentException naming any tag that is not O/B-X/I-X. */
  public static BioTagSet of(List<String> tags) {
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("empty tag list");
    }
    return new BioTagSet(tags);
  }

  public int size() {
    return tags.size();
  }

  public String tag(int i) {
    return tags.get(i);
  }

  public List<String> tags() {
    return tags;
  }

  /** Index of a tag; IllegalArgumentException if it is not in the set. */
  public int indexOf(String tag) {
    Integer i = index.get(tag);
    if (i == null) {
      throw new IllegalArgumentException("unknown tag '" + tag + "'; the tag set is " + tags);
    }
    return i;
  }

  /** The chunk type of tag i ("PER" for B-PER and I-PER), or null for O. */
  public String type(int i) {
    return types[i];
  }

  public boolean isInside(int i) {
    return inside[i];
  }

  /** Whether a sentence may start with tag {@code to}. */
  public boolean allowedStart(int to) {
    return !inside[to];
  }

  /** Whether tag {@code to} may directly follow tag {@code from}. */
  public boolean allowedTransition(int from, int to) {
    return !inside[to] || types[to].equals(types[from]);
  }

  /** Whether a whole tag sequence is valid BIO. */
  public boolean isValid(int[] sequence) {
    for (int t = 0; t < sequence.length; t++) {
      boolean ok = t == 0 ? allowedStart(sequence[t]) : allowedTransition(sequence[t - 1], sequence[t]);
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

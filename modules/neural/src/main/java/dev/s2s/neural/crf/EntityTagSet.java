package dev.s2s.neural.crf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A tag inventory for entity chunks, in one of two formats. Tag indices are positions in the list
 * given to {@link #of(List)}; they are the CRF's label indices.
 *
 * <ul>
 *   <li>{@link Format#IOB2} (BIO): {@code O}, {@code B-TYPE}, {@code I-TYPE}. {@code I-X} may only
 *       follow {@code B-X} or {@code I-X}; in particular it may not start a sentence.
 *   <li>{@link Format#IOBES}: also {@code E-TYPE} (the last token of a chunk of two or more) and
 *       {@code S-TYPE} (a one-token chunk). After {@code B-X} or {@code I-X} only {@code I-X} or
 *       {@code E-X} may follow, and a sentence may not end inside a chunk.
 * </ul>
 *
 * <p>Whatever the format, tags enter and leave as IOB2: {@link #encode} converts gold IOB2 tags to
 * this set's indices and {@link #iob2Tag} turns an index back into IOB2 ({@code S-X} is
 * {@code B-X}, {@code E-X} is {@code I-X}). Corpora in IOB1 must be converted to IOB2 first.
 */
public final class EntityTagSet {
  /** The outside tag. */
  public static final String OUTSIDE = "O";

  /** How chunks are spelled in tags. */
  public enum Format {
    /** Begin, inside, outside. */
    IOB2("BI"),
    /** Begin, inside, end, single, outside. */
    IOBES("BIES");

    private final String prefixes;

    Format(String prefixes) {
      this.prefixes = prefixes;
    }
  }

  private final List<String> tags;
  private final Format format;
  private final String[] types; // null for O
  private final char[] prefixes; // 'O', 'B', 'I', 'E' or 'S'
  private final String[] iob2Tags; // tag i in IOB2, built once: predictions read it per token
  private final Map<String, Integer> index = new HashMap<>();

  private EntityTagSet(List<String> tags) {
    this.tags = List.copyOf(tags);
    this.types = new String[tags.size()];
    this.prefixes = new char[tags.size()];
    boolean endOrSingle = false;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      if (index.put(tag, i) != null) {
        throw new IllegalArgumentException("duplicate tag '" + tag + "' at index " + i + " of " + tags);
      }
      if (tag.equals(OUTSIDE)) {
        prefixes[i] = 'O';
        continue;
      }
      if (tag.length() < 3 || tag.charAt(1) != '-' || Format.IOBES.prefixes.indexOf(tag.charAt(0)) < 0) {
        throw new IllegalArgumentException("tag '" + tag + "' at index " + i
            + " is neither BIO nor IOBES: expected 'O', 'B-TYPE', 'I-TYPE', 'E-TYPE' or 'S-TYPE'");
      }
      types[i] = tag.substring(2);
      prefixes[i] = tag.charAt(0);
      endOrSingle |= prefixes[i] == 'E' || prefixes[i] == 'S';
    }
    this.format = endOrSingle ? Format.IOBES : Format.IOB2;
    this.iob2Tags = new String[tags.size()];
    for (int i = 0; i < tags.size(); i++) {
      iob2Tags[i] = switch (prefixes[i]) {
        case 'S' -> "B-" + types[i];
        case 'E' -> "I-" + types[i];
        default -> tags.get(i);
      };
    }
  }

  /**
   * Parses the tags; the format is IOBES when any tag is {@code E-X} or {@code S-X}.
   *
   * @throws IllegalArgumentException naming any tag that is not O/B-X/I-X/E-X/S-X, or a duplicate
   */
  public static EntityTagSet of(List<String> tags) {
    if (tags.isEmpty()) {
      throw new IllegalArgumentException("empty tag list");
    }
    return new EntityTagSet(tags);
  }

  /**
   * {@code O}, then for each type in the iteration order of {@code types} its tags in {@code
   * format} ({@code B-X, I-X}, and for IOBES then {@code E-X, S-X}).
   */
  public static EntityTagSet forTypes(Collection<String> types, Format format) {
    List<String> tags = new ArrayList<>();
    tags.add(OUTSIDE);
    for (String type : types) {
      for (char p : format.prefixes.toCharArray()) {
        tags.add(p + "-" + type);
      }
    }
    return of(tags);
  }

  /**
   * The chunk types of IOB2 tag sequences ({@code PER} for {@code B-PER}), sorted.
   *
   * @throws IllegalArgumentException naming a tag that is neither {@code O} nor {@code B-X}/{@code I-X}
   */
  public static SortedSet<String> typesOf(Iterable<? extends List<String>> tagSequences) {
    TreeSet<String> types = new TreeSet<>();
    for (List<String> seq : tagSequences) {
      for (String tag : seq) {
        if (tag.equals(OUTSIDE)) {
          continue;
        }
        if (tag.length() < 3 || tag.charAt(1) != '-' || Format.IOB2.prefixes.indexOf(tag.charAt(0)) < 0) {
          throw new IllegalArgumentException("tag '" + tag + "' is not IOB2 (O, B-TYPE or I-TYPE) in " + seq);
        }
        types.add(tag.substring(2));
      }
    }
    return types;
  }

  public int size() {
    return tags.size();
  }

  public Format format() {
    return format;
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

  /**
   * The indices of an IOB2 tag sequence in this set's format. For IOBES, a chunk is a {@code B-X}
   * (or an {@code I-X} that does not continue a chunk of type X) with the {@code I-X} tags after it;
   * a one-token chunk becomes {@code S-X}, and a longer chunk's last token {@code E-X}.
   *
   * @throws IllegalArgumentException for a tag whose type is not in the set
   */
  public int[] encode(List<String> iob2Tags) {
    int n = iob2Tags.size();
    int[] ids = new int[n];
    for (int t = 0; t < n; t++) {
      String tag = iob2Tags.get(t);
      if (format == Format.IOB2 || tag.equals(OUTSIDE)) {
        ids[t] = indexOf(tag);
        continue;
      }
      String type = tag.substring(2);
      boolean starts = !continues(t > 0 ? iob2Tags.get(t - 1) : OUTSIDE, tag);
      boolean goesOn = t + 1 < n && continues(tag, iob2Tags.get(t + 1));
      char prefix = starts ? (goesOn ? 'B' : 'S') : (goesOn ? 'I' : 'E');
      ids[t] = indexOf(prefix + "-" + type);
    }
    return ids;
  }

  /** Whether IOB2 tag {@code next} continues the chunk that {@code previous} is part of. */
  private static boolean continues(String previous, String next) {
    return next.startsWith("I-") && !previous.equals(OUTSIDE) && previous.substring(2).equals(next.substring(2));
  }

  /** Tag {@code i} in IOB2: {@code S-X} as {@code B-X}, {@code E-X} as {@code I-X}, others as they are. */
  public String iob2Tag(int i) {
    return iob2Tags[i];
  }

  /** The chunk type of tag i ("PER" for B-PER and I-PER), or null for O. */
  public String type(int i) {
    return types[i];
  }

  /** Whether a sentence may start with tag {@code to}. */
  public boolean allowedStart(int to) {
    return !inChunk(to);
  }

  /** Whether tag {@code to} may directly follow tag {@code from}. */
  public boolean allowedTransition(int from, int to) {
    if (format == Format.IOB2) {
      return !inChunk(to) || types[to].equals(types[from]);
    }
    boolean open = prefixes[from] == 'B' || prefixes[from] == 'I';
    return open ? inChunk(to) && types[to].equals(types[from]) : !inChunk(to);
  }

  /** Whether a sentence may end with tag {@code last}: any tag in IOB2; not B-X or I-X in IOBES. */
  public boolean allowedEnd(int last) {
    return format == Format.IOB2 || !(prefixes[last] == 'B' || prefixes[last] == 'I');
  }

  /** Whether a whole tag sequence is valid in this set's format. */
  public boolean isValid(int[] sequence) {
    for (int t = 0; t < sequence.length; t++) {
      boolean ok = t == 0 ? allowedStart(sequence[t]) : allowedTransition(sequence[t - 1], sequence[t]);
      if (!ok) {
        return false;
      }
    }
    return sequence.length == 0 || allowedEnd(sequence[sequence.length - 1]);
  }

  /** I-X, or E-X: a tag that continues a chunk. */
  private boolean inChunk(int i) {
    return prefixes[i] == 'I' || prefixes[i] == 'E';
  }
}

package dev.s2s.text.conll;

import dev.s2s.common.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chunk tagging schemes and their conversion to and from IOB2 (BIO), the form used inside the
 * toolkit.
 *
 * <ul>
 *   <li>{@link #IOB2} (BIO): every chunk starts with {@code B-X}; {@code I-X} only continues an X
 *       chunk. An {@code I-X} after {@code O} or another type is rejected.
 *   <li>{@link #IOB1}: {@code I-X} after {@code O} or another type starts a chunk; {@code B-X}
 *       starts a chunk right after another X chunk. Converted by turning every chunk-starting
 *       {@code I-X} into {@code B-X}.
 *   <li>{@link #IO}: only {@code I-X} and {@code O}; adjacent same-type chunks cannot be
 *       separated. {@code B-X} is rejected. Converted like IOB1.
 * </ul>
 */
public enum TagScheme {
  IOB1,
  IOB2,
  IO;

  /**
   * Parses a scheme name ({@code iob1}, {@code iob2}, {@code bio}, {@code io}; any case).
   *
   * @param key the config key or option that gave the name, for the error message (may be null)
   */
  public static TagScheme parse(String name, String key) {
    String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    switch (n) {
      case "IOB1":
        return IOB1;
      case "IOB2":
      case "BIO":
        return IOB2;
      case "IO":
        return IO;
      default:
        throw new UserException(
            (key == null ? "" : key + ": ") + "unknown tag scheme '" + name
                + "', expected one of iob1, iob2 (bio), io");
    }
  }

  /**
   * Converts tags in this scheme to IOB2.
   *
   * @throws TagSequenceException for an unparsable tag or a sequence invalid in this scheme,
   *     with the position of the offending tag
   */
  public List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    Tag prev = Tag.OUTSIDE;
    for (int i = 0; i < tags.size(); i++) {
      Tag t = parseAt(tags, i);
      Tag converted = t;
      if (t.prefix() == 'B' && this == IO) {
        throw new TagSequenceException(i, "tag '" + t + "' is not allowed in the IO scheme");
      }
      if (t.prefix() == 'I' && !sameType(prev, t)) {
        if (this == IOB2) {
          throw new TagSequenceException(
              i, "tag '" + t + "' after '" + prev + "' cannot start a chunk in IOB2"
                  + " (expected B-" + t.type() + "; is the file IOB1?)");
        }
        converted = t.withPrefix('B');
      }
      out.add(converted.toString());
      prev = t;
    }
    return out;
  }

  /**
   * Converts valid IOB2 tags to this scheme (to IO loses the boundary between adjacent chunks of
   * the same type).
   *
   * @throws TagSequenceException if {@code iob2} is not valid IOB2
   */
  public List<String> fromIob2(List<String> iob2) {
    IOB2.toIob2(iob2); // validates
    List<String> out = new ArrayList<>(iob2.size());
    Tag prev = Tag.OUTSIDE;
    for (int i = 0; i < iob2.size(); i++) {
      Tag t = Tag.parse(iob2.get(i));
      Tag converted = t;
      if (t.prefix() == 'B') {
        boolean keepB = this == IOB2 || (this == IOB1 && sameType(prev, t));
        converted = keepB ? t : t.withPrefix('I');
      }
      out.add(converted.toString());
      prev = t;
    }
    return out;
  }

  private static Tag parseAt(List<String> tags, int i) {
    try {
      return Tag.parse(tags.get(i));
    } catch (IllegalArgumentException e) {
      throw new TagSequenceException(i, e.getMessage());
    }
  }

  private static boolean sameType(Tag prev, Tag t) {
    return !prev.isOutside() && prev.type().equals(t.type());
  }

  /** Lower-case name as used in configs. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

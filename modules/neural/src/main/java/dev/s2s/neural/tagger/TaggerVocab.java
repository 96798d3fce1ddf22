package dev.s2s.neural.tagger;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import dev.s2s.neural.crf.EntityTagSet;
import java.nio.file.Path;
import dev.s2s.neural.nn.CharCnnEncoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The symbol inventories of a tagger: words (id 0 = {@code <unk>}; optionally lower-cased, the
 * casing feature keeps the case information), characters (id 0 = padding, 1 = unknown; Unicode
 * code points) and the tag set (IOB2 or IOBES, {@link EntityTagSet}).
 *
 * <p>File format ({@link #save}/{@link #load}, UTF-8): line 1 {@code s2s-tagger-vocab-v1}; line 2
 * {@code lowercase <true|false>}; line 3 {@code tags} followed by the tags, space-separated; line 4
 * {@code chars} followed by the code points (decimal), space-separated; then one word per line,
 * starting with {@code <unk>}.
 */
public final class TaggerVocab {
  /** Word id of unknown words. */
  public static final int UNK_WORD = 0;
  /** Character id of unknown characters (0 is {@link CharCnnEncoder#PAD}). */
  public static final int UNK_CHAR = 1;

  private final List<String> words;
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final List<Integer> chars;
  private final Map<Integer, Integer> charIds = new HashMap<>();
  /** Ids of the Basic Multilingual Plane's code points: an array read instead of a boxed map lookup per character. */
  private final int[] bmpCharIds = new int[Character.MIN_SUPPLEMENTARY_CODE_POINT];
  private final EntityTagSet tags;
  private final boolean lowercase;

  /**
   * @param words word list, entry 0 must be "&lt;unk&gt;"
   * @param chars code points for ids 2, 3, ...
   */
  public TaggerVocab(List<String> words, List<Integer> chars, EntityTagSet tags, boolean lowercase) {
    if (words.isEmpty() || !words.get(0).equals("<unk>")) {
      throw new IllegalArgumentException("word list must start with <unk>");
    }
    this.words = List.copyOf(words);
    for (int i = 0; i < words.size(); i++) {
      wordIds.put(words.get(i), i);
    }
    this.chars = List.copyOf(chars);
    Arrays.fill(bmpCharIds, UNK_CHAR);
    for (int i = 0; i < chars.size(); i++) {
      charIds.put(chars.get(i), i + 2);
      if (chars.get(i) < bmpCharIds.length) {
        bmpCharIds[chars.get(i)] = i + 2;
      }
    }
    this.tags = tags;
    this.lowercase = lowercase;
  }

  /**
   * Builds the inventories from labelled training sentences: words seen at least {@code
   * minWordCount} times (after optional lower-casing), every character seen, and every tag type
   * seen (IOB2: B-X and I-X for each type X, after O; see {@link EntityTagSet#forTypes}).
   */
  public static TaggerVocab build(List<TaggedSentence> train, int minWordCount, boolean lowercase) {
    Map<String, Integer> counts = new TreeMap<>();
    TreeSet<Integer> charSet = new TreeSet<>();
    for (TaggedSentence s : train) {
      for (String t : s.tokens()) {
        counts.merge(wordKey(t, lowercase), 1, Integer::sum);
        t.codePoints().forEach(charSet::add);
      }
      if (s.tags() == null) {
        throw new IllegalArgumentException("training sentence without tags: " + s.tokens());
      }
    }
    List<String> words = new ArrayList<>();
    words.add("<unk>");
    counts.forEach((w, c) -> {
      if (c >= minWordCount && !w.equals("<unk>")) {
        words.add(w);
      }
    });
    EntityTagSet tags = EntityTagSet.forTypes(
        EntityTagSet.typesOf(train.stream().map(TaggedSentence::tags).toList()), EntityTagSet.Format.IOB2);
    return new TaggerVocab(words, new ArrayList<>(charSet), tags, lowercase);
  }

  private static final String MAGIC = "s2s-tagger-vocab-v1";

  /** Writes the vocabulary atomically. */
  public void save(Path file) {
    StringBuilder sb = new StringBuilder();
    sb.append(MAGIC).append('\n');
    sb.append("lowercase ").append(lowercase).append('\n');
    sb.append("tags");
    tags.tags().forEach(t -> sb.append(' ').append(t));
    sb.append("\nchars");
    chars.forEach(c -> sb.append(' ').append(c));
    sb.append('\n');
    words.forEach(w -> sb.append(w).append('\n'));
    AtomicFiles.writeString(file, sb.toString());
  }

  /** Reads a file written by {@link #save}; format errors name the file and line. */
  public static TaggerVocab load(Path file) {
    List<String> lines = TextFiles.readLines(file);
    if (lines.size() < 5 || !lines.get(0).equals(MAGIC)) {
      throw new UserException(file + ":1: not a tagger vocabulary (expected header '" + MAGIC
          + "' followed by lowercase, tags, chars lines and at least the word <unk>)");
    }
    String lc = lines.get(1);
    if (!lc.equals("lowercase true") && !lc.equals("lowercase false")) {
      throw new UserException(file + ":2: expected 'lowercase true' or 'lowercase false', got '" + lc + "'");
    }
    List<String> tagList = fields(file, lines.get(2), "tags", 3);
    List<Integer> charList = new ArrayList<>();
    for (String f : fields(file, lines.get(3), "chars", 4)) {
      try {
        charList.add(Integer.parseInt(f));
      } catch (NumberFormatException e) {
        throw new UserException(file + ":4: character code '" + f + "' is not a decimal integer");
      }
    }
    List<String> wordList = lines.subList(4, lines.size());
    if (!wordList.get(0).equals("<unk>")) {
      throw new UserException(file + ":5: the first word must be <unk>, got '" + wordList.get(0) + "'");
    }
    EntityTagSet tagSet;
    try {
      tagSet = EntityTagSet.of(tagList);
    } catch (IllegalArgumentException e) {
      throw new UserException(file + ":3: " + e.getMessage());
    }
    return new TaggerVocab(wordList, charList, tagSet, lc.endsWith("true"));
  }

  private static List<String> fields(Path file, String line, String key, int lineNo) {
    List<String> parts = List.of(line.split(" ", -1));
    if (!parts.get(0).equals(key)) {
      throw new UserException(file + ":" + lineNo + ": expected a line starting with '" + key + "', got '" + line + "'");
    }
    return parts.subList(1, parts.size()).stream().filter(f -> !f.isEmpty()).toList();
  }

  public int wordCount() {
    return words.size();
  }

  /** Character vocabulary size including padding and unknown. */
  public int charCount() {
    return chars.size() + 2;
  }

  public EntityTagSet tags() {
    return tags;
  }

  public boolean lowercase() {
    return lowercase;
  }

  public List<String> words() {
    return words;
  }

  public List<Integer> chars() {
    return chars;
  }

  public int wordId(String token) {
    return wordIds.getOrDefault(wordKey(token, lowercase), UNK_WORD);
  }

  /** The form under which {@code token} is a vocabulary word: lower-cased (Locale.ROOT) when {@code lowercase}. */
  public static String wordKey(String token, boolean lowercase) {
    return lowercase ? token.toLowerCase(Locale.ROOT) : token;
  }

  public int[] charIds(String token) {
    int[] out = new int[token.codePointCount(0, token.length())];
    for (int i = 0, k = 0; i < token.length(); k++) {
      int cp = token.codePointAt(i);
      out[k] = cp < bmpCharIds.length ? bmpCharIds[cp] : charIds.getOrDefault(cp, UNK_CHAR);
      i += Character.charCount(cp);
    }
    return out;
  }
}

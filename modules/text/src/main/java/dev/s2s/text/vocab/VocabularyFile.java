package dev.s2s.text.vocab;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.text.corpus.LineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary text file: UTF-8, one entry per line in id order, {@code token<TAB>count}, or
 * {@code token<TAB>count<TAB>class} when word classes are saved with it. The first four lines are
 * the special tokens. Written atomically ({@link AtomicFiles}); reading checks the layout and
 * reports file:line.
 */
public final class VocabularyFile {
  /** What a vocabulary file holds. */
  public record Contents(Vocabulary vocabulary, Optional<WordClasses> classes) {}

  private VocabularyFile() {}

  /**
   * Writes {@code vocab} and, if not null, its word classes to {@code file}.
   *
   * @throws IllegalArgumentException if a token is empty or contains a tab, CR or LF, or the
   *     classes do not cover the vocabulary
   */
  public static void save(Path file, Vocabulary vocab, WordClasses classes) {
    if (classes != null && classes.vocabularySize() != vocab.size()) {
      throw new IllegalArgumentException(
          "word classes cover " + classes.vocabularySize() + " ids, vocabulary has " + vocab.size());
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < vocab.size(); i++) {
      String t = vocab.token(i);
      if (t.isEmpty() || t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("token " + i + " cannot be saved: '" + t + "'");
      }
      sb.append(t).append('\t').append(vocab.count(i));
      if (classes != null) {
        sb.append('\t').append(classes.classOf(i));
      }
      sb.append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  /**
   * Reads a file written by {@link #save}.
   *
   * @throws UserException naming file:line for a malformed line, a duplicate token, missing
   *     specials, inconsistent columns or an empty class, and for a missing or empty file
   */
  public static Contents load(Path file) {
    List<String> tokens = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int columns = -1;
    try (LineReader in = LineReader.open(file)) {
      for (String line; (line = in.next()) != null; ) {
        String[] f = line.split("\t", -1);
        if (columns < 0) {
          columns = f.length;
        }
        if ((f.length != 2 && f.length != 3) || f.length != columns || f[0].isEmpty()) {
          throw new UserException(
              in.where() + ": expected token<TAB>count" + (columns == 3 ? "<TAB>class" : "")
                  + " (" + columns + " fields like line 1), found " + f.length + " fields: '" + line + "'");
        }
        if (!seen.add(f[0])) {
          throw new UserException(in.where() + ": duplicate token '" + f[0] + "'");
        }
        int id = tokens.size();
        if (id < Vocabulary.SPECIALS.size() && !f[0].equals(Vocabulary.SPECIALS.get(id))) {
          throw new UserException(
              in.where() + ": expected special token '" + Vocabulary.SPECIALS.get(id) + "', found '"
                  + f[0] + "' (a vocabulary starts with " + Vocabulary.SPECIALS + ")");
        }
        tokens.add(f[0]);
        counts.add(parseNumber(in, f[1], "count"));
        if (columns == 3) {
          classes.add((int) Math.min(Integer.MAX_VALUE, parseNumber(in, f[2], "class")));
        }
      }
    }
    if (tokens.size() <= Vocabulary.SPECIALS.size()) {
      throw new UserException(file + ": vocabulary file has no words (" + tokens.size() + " lines)");
    }
    long[] c = counts.stream().mapToLong(Long::longValue).toArray();
    Vocabulary vocab = Vocabulary.of(tokens, c);
    if (columns != 3) {
      return new Contents(vocab, Optional.empty());
    }
    try {
      return new Contents(vocab, Optional.of(WordClasses.of(classes.stream().mapToInt(Integer::intValue).toArray())));
    } catch (IllegalArgumentException e) {
      throw new UserException(file + ": bad word classes: " + e.getMessage());
    }
  }

  private static long parseNumber(LineReader in, String s, String what) {
    try {
      long v = Long.parseLong(s);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserException(in.where() + ": " + what + " must be a non-negative integer, found '" + s + "'");
  }
}

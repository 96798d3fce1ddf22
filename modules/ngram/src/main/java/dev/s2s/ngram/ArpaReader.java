package dev.s2s.ngram;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ARPA backoff model (as written by SRILM, KenLM, IRSTLM or {@link ArpaWriter}) and
 * validates it: the {@code \data\} counts must match the number of lines of each section, every
 * entry must be {@code log10prob w1 .. wn [log10backoff]}, every word of a higher-order n-gram
 * must be a unigram and its first n-1 words must be listed as an (n-1)-gram. Errors are {@link
 * UserException}s naming {@code file:line}. Text before {@code \data\} is ignored.
 */
public final class ArpaReader {
  private final String source;
  private final BufferedReader in;
  private int lineNumber;

  private ArpaReader(String source, BufferedReader in) {
    this.source = source;
    this.in = in;
  }

  /** Reads the ARPA model in {@code file} (plain or {@code .gz}). */
  public static BackoffModel read(Path file) {
    try (BufferedReader in = TextFiles.open(file)) {
      return new ArpaReader(file.toString(), in).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an ARPA model from {@code in}; {@code source} names it in error messages. */
  public static BackoffModel read(BufferedReader in, String source) {
    try {
      return new ArpaReader(source, in).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BackoffModel read() throws IOException {
    String line = nextLine();
    while (line != null && !line.strip().equals("\\data\\")) {
      line = nextLine();
    }
    if (line == null) {
      throw error("end of file: expected the ARPA header line \\data\\");
    }
    long[] declared = readCounts();
    int order = declared.length - 1;
    LmVocabulary vocabulary = new LmVocabulary();
    LongIntHashMap[] tables = new LongIntHashMap[order + 1];
    float[][] prob = new float[order + 1][];
    float[][] bow = new float[order + 1][];
    line = nextNonBlank();
    for (int n = 1; n <= order; n++) {
      String header = "\\" + n + "-grams:";
      if (line == null || !line.strip().equals(header)) {
        throw error("expected section header " + header + ", got " + describe(line));
      }
      Section section = new Section(n, order, declared[n], vocabulary);
      line = section.readEntries(tables);
      tables[n] = section.table;
      prob[n] = Arrays.copyOf(section.prob, section.table.size());
      bow[n] = Arrays.copyOf(section.bow, section.table.size());
    }
    if (line == null || !line.strip().equals("\\end\\")) {
      throw error("expected \\end\\ after the " + order + "-grams, got " + describe(line));
    }
    return new BackoffModel(vocabulary, order, tables, prob, bow);
  }

  /** Reads {@code ngram n=count} lines; returns counts indexed by order (index 0 unused). */
  private long[] readCounts() throws IOException {
    List<Long> counts = new ArrayList<>();
    counts.add(0L);
    String line = nextNonBlank();
    while (line != null && line.strip().startsWith("ngram ")) {
      String spec = line.strip().substring("ngram ".length()).strip();
      int eq = spec.indexOf('=');
      long n;
      long count;
      try {
        n = Long.parseLong(spec.substring(0, Math.max(eq, 0)).strip());
        count = Long.parseLong(spec.substring(eq + 1).strip());
      } catch (NumberFormatException e) {
        throw error("malformed count line '" + line + "': expected 'ngram N=COUNT'");
      }
      if (n != counts.size() || count < 0) {
        throw error("count line '" + line + "': expected 'ngram " + counts.size() + "=COUNT' with COUNT >= 0");
      }
      counts.add(count);
      line = nextNonBlank();
    }
    if (counts.size() < 2) {
      throw error("expected 'ngram 1=COUNT' after \\data\\, got " + describe(line));
    }
    unread(line);
    return counts.stream().mapToLong(Long::longValue).toArray();
  }

  private String pending;

  /** Makes {@link #nextLine()} return {@code line} again. */
  private void unread(String line) {
    if (line != null) {
      pending = line;
      lineNumber--;
    }
  }

  private String nextLine() throws IOException {
    if (pending != null) {
      String p = pending;
      pending = null;
      lineNumber++;
      return p;
    }
    String line = in.readLine();
    if (line != null) {
      lineNumber++;
    }
    return line;
  }

  private String nextNonBlank() throws IOException {
    String line = nextLine();
    while (line != null && line.isBlank()) {
      line = nextLine();
    }
    return line;
  }

  private UserException error(String what) {
    return new UserException(source + ":" + lineNumber + ": " + what);
  }

  private static String describe(String line) {
    return line == null ? "end of file" : "'" + line + "'";
  }

  /** One {@code \n-grams:} section being read. */
  private final class Section {
    final int n;
    final int order;
    final long declared;
    final LmVocabulary vocabulary;
    final LongIntHashMap table;
    float[] prob;
    float[] bow;

    Section(int n, int order, long declared, LmVocabulary vocabulary) {
      this.n = n;
      this.order = order;
      this.declared = declared;
      this.vocabulary = vocabulary;
      int initial = (int) Math.min(declared + 3, 1 << 20);
      this.table = new LongIntHashMap(initial);
      this.prob = new float[Math.max(4, initial)];
      this.bow = new float[Math.max(4, initial)];
      if (n == 1) {
        for (int w = 0; w < vocabulary.size(); w++) {
          insert(w);
          prob[w] = Float.NEGATIVE_INFINITY;
        }
      }
    }

    /** Reads entries up to the next blank line or header; returns the first line after them. */
    String readEntries(LongIntHashMap[] lowerTables) throws IOException {
      long entries = 0;
      int headerLine = lineNumber;
      String line = nextLine();
      while (line != null && !line.isBlank() && !line.strip().startsWith("\\")) {
        entries++;
        if (entries > declared) {
          throw error("\\" + n + "-grams: more entries than the " + declared
              + " declared by 'ngram " + n + "=" + declared + "' in the \\data\\ header");
        }
        parse(line, lowerTables);
        line = nextLine();
      }
      if (entries != declared) {
        throw error("\\" + n + "-grams: section (from line " + headerLine + ") has " + entries
            + " entries but the \\data\\ header declares 'ngram " + n + "=" + declared + "'");
      }
      return line == null || !line.isBlank() ? line : nextNonBlank();
    }

    private void parse(String line, LongIntHashMap[] lowerTables) {
      List<String> fields = PlainText.tokens(line);
      boolean withBow = fields.size() == n + 2;
      if (fields.size() != n + 1 && !(withBow && n < order)) {
        throw error("malformed " + n + "-gram entry '" + line + "': expected 'log10prob"
            + " w1" + (n > 1 ? " .. w" + n : "") + (n < order ? " [log10backoff]'" : "'"));
      }
      float p = number(fields.get(0), line, true);
      float b = withBow ? number(fields.get(n + 1), line, false) : 0f;
      int index = n == 1 ? unigram(fields.get(1), line) : ngram(fields, line, lowerTables);
      prob[index] = p;
      bow[index] = b;
    }

    private int unigram(String word, String line) {
      int id = vocabulary.add(word);
      if (id < table.size()) {
        if (prob[id] != Float.NEGATIVE_INFINITY || id > LmVocabulary.EOS_ID) {
          throw error("duplicate 1-gram '" + word + "' in '" + line + "'");
        }
        return id;
      }
      return insert(id);
    }

    private int ngram(List<String> fields, String line, LongIntHashMap[] lowerTables) {
      int v = vocabulary.size();
      int context = -1;
      for (int i = 1; i <= n; i++) {
        int id = vocabulary.idOrMinusOne(fields.get(i));
        if (id < 0) {
          throw error("word '" + fields.get(i) + "' of the " + n + "-gram '" + line
              + "' is not listed among the 1-grams");
        }
        if (i == 1) {
          context = id;
        } else if (i < n) {
          context = lowerTables[i].get((long) context * v + id);
          if (context < 0) {
            break;
          }
        } else {
          int before = table.size();
          int index = insert((long) context * v + id);
          if (index < before) {
            throw error("duplicate " + n + "-gram in '" + line + "'");
          }
          return index;
        }
      }
      throw error("the first " + (n - 1) + " words of the " + n + "-gram '" + line
          + "' are not listed as a " + (n - 1) + "-gram");
    }

    private int insert(long key) {
      int index = table.getOrInsert(key);
      if (index >= prob.length) {
        int size = prob.length + (prob.length >> 1) + 1;
        prob = Arrays.copyOf(prob, size);
        bow = Arrays.copyOf(bow, size);
      }
      return index;
    }

    private float number(String field, String line, boolean probability) {
      String f = field.toLowerCase(java.util.Locale.ROOT);
      if (f.equals("-inf") || f.equals("-infinity")) {
        return Float.NEGATIVE_INFINITY;
      }
      try {
        float value = Float.parseFloat(field);
        if (Float.isNaN(value) || (probability && value > 0) || Float.isInfinite(value) || field.endsWith("f")
            || field.endsWith("d") || field.endsWith("F") || field.endsWith("D")) {
          throw new NumberFormatException(field);
        }
        return value;
      } catch (NumberFormatException e) {
        throw error("malformed number '" + field + "' in '" + line
            + "': expected a log10 " + (probability ? "probability <= 0 (or -inf)" : "backoff weight"));
      }
    }
  }
}

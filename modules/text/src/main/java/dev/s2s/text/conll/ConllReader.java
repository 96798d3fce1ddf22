package dev.s2s.text.conll;

import dev.s2s.common.UserException;
import dev.s2s.text.corpus.LineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads CoNLL column files: one token per line with space- or tab-separated columns, a blank line
 * after each sentence. Any line starting with {@code -DOCSTART-} is skipped and starts a new
 * document (it may be anywhere, e.g. at the very end without a newline as in the IOB1 copies of
 * CoNLL-2003). Tag columns are validated and converted from the given scheme to IOB2.
 *
 * <p>Errors are {@link UserException}s naming file:line: a line with the wrong number of columns
 * (with the count found and expected), an invalid tag (with the tag and column), a tag sequence
 * invalid in its scheme, an empty corpus.
 */
public final class ConllReader {
  /** Marker that starts a document line. */
  public static final String DOCSTART = "-DOCSTART-";

  private static final Pattern FIELD_SEPARATOR = Pattern.compile("[ \\t]+");

  private final ConllFormat format;
  private final TagScheme scheme;

  /** A reader for files in {@code format} whose tag columns use {@code scheme}. */
  public ConllReader(ConllFormat format, TagScheme scheme) {
    this.format = format;
    this.scheme = scheme;
  }

  /** All sentences of {@code file} (plain or .gz). */
  public ConllCorpus read(Path file) {
    List<ConllSentence> out = new ArrayList<>();
    forEach(file, out::add);
    int documents = out.isEmpty() ? 0 : out.get(out.size() - 1).document() + 1;
    return new ConllCorpus(file, format, out, documents);
  }

  /** Streams the sentences of {@code file} to {@code sink}. */
  public void forEach(Path file, Consumer<ConllSentence> sink) {
    SentenceBuffer buf = new SentenceBuffer(file);
    int document = 0;
    boolean documentHasSentences = false;
    long sentences = 0;
    try (LineReader in = LineReader.open(file)) {
      for (String line; (line = in.next()) != null; ) {
        if (line.startsWith(DOCSTART) || line.isBlank()) {
          if (buf.flushTo(document, sink)) {
            sentences++;
            documentHasSentences = true;
          }
          if (line.startsWith(DOCSTART) && documentHasSentences) {
            document++;
            documentHasSentences = false;
          }
          continue;
        }
        buf.add(in.lineNumber(), fields(in, line));
      }
      if (buf.flushTo(document, sink)) {
        sentences++;
      }
    }
    if (sentences == 0) {
      throw new UserException(file + ": empty corpus (no sentences)");
    }
  }

  private String[] fields(LineReader in, String line) {
    String[] f = FIELD_SEPARATOR.split(line.strip());
    if (f.length != format.columnCount()) {
      throw new UserException(
          in.where() + ": expected " + format.describe() + ", found " + f.length + " columns: '"
              + line + "'");
    }
    for (int c : format.tagColumns()) {
      try {
        Tag.parse(f[c]);
      } catch (IllegalArgumentException e) {
        throw new UserException(
            in.where() + ": column " + (c + 1) + " (" + format.columnNames().get(c) + "): "
                + e.getMessage());
      }
    }
    return f;
  }

  /** Rows of the sentence being read, with their line numbers. */
  private final class SentenceBuffer {
    private final Path file;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    SentenceBuffer(Path file) {
      this.file = file;
    }

    void add(long line, String[] fields) {
      rows.add(fields);
      lines.add(line);
    }

    /** Emits the buffered sentence if any; returns whether one was emitted. */
    boolean flushTo(int document, Consumer<ConllSentence> sink) {
      if (rows.isEmpty()) {
        return false;
      }
      List<List<String>> columns = new ArrayList<>();
      for (int c = 0; c < format.columnCount(); c++) {
        List<String> col = new ArrayList<>(rows.size());
        for (String[] r : rows) {
          col.add(r[c]);
        }
        columns.add(format.tagColumns().contains(c) ? convert(c, col) : col);
      }
      sink.accept(new ConllSentence(document, lines.get(0), columns));
      rows.clear();
      lines.clear();
      return true;
    }

    private List<String> convert(int c, List<String> tags) {
      try {
        return scheme.toIob2(tags);
      } catch (TagSequenceException e) {
        throw new UserException(
            file + ":" + lines.get(e.index()) + ": column " + (c + 1) + " ("
                + format.columnNames().get(c) + "), scheme " + scheme.configName() + ": "
                + e.getMessage());
      }
    }
  }
}

package dev.s2s.text.corpus;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads sentence pairs from TSV or CSV files with Apache Commons CSV. TSV is read without any
 * quote or escape handling (Tatoeba sentences contain {@code "} characters that are text), CSV
 * with RFC 4180 quoting. Empty lines are rows too (and fail the column check). A row with too few
 * columns, or not exactly {@link DelimitedPairFormat#expectedColumns()} when that is set, is a
 * {@link UserException} naming file:line and the counts.
 */
public final class DelimitedPairReader {
  private DelimitedPairReader() {}

  /** All pairs of {@code file} in memory. */
  public static List<SentencePair> read(Path file, DelimitedPairFormat format) {
    List<SentencePair> out = new ArrayList<>();
    forEach(file, format, out::add);
    return out;
  }

  /**
   * Streams the pairs of {@code file} to {@code sink}.
   *
   * @throws UserException for a missing file, bad UTF-8, a bad row, an unknown header name or a
   *     file without any pair
   */
  public static void forEach(Path file, DelimitedPairFormat format, Consumer<SentencePair> sink) {
    long pairs = 0;
    try (Reader in = new EndLatchingReader(TextFiles.open(file));
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(csvFormat(format)).get()) {
      int src = columnIndex(file, parser, format.source());
      int tgt = columnIndex(file, parser, format.target());
      int needed = Math.max(src, tgt) + 1;
      long lineBefore = parser.getCurrentLineNumber();
      for (CSVRecord rec : parser) {
        long line = lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        checkColumns(file, line, rec.size(), needed, format.expectedColumns());
        sink.accept(new SentencePair(line, rec.get(src), rec.get(tgt)));
        pairs++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (pairs == 0) {
      throw new UserException(file + ": no sentence pairs (empty corpus)");
    }
  }

  private static CSVFormat csvFormat(DelimitedPairFormat f) {
    CSVFormat.Builder b =
        f.delimiter() == '\t'
            ? CSVFormat.TDF.builder().setQuote(null).setEscape(null)
            : CSVFormat.RFC4180.builder();
    b.setIgnoreSurroundingSpaces(false).setTrim(false).setIgnoreEmptyLines(false);
    if (f.header()) {
      b.setHeader().setSkipHeaderRecord(true);
    }
    return b.get();
  }

  private static int columnIndex(Path file, CSVParser parser, ColumnRef col) {
    if (!col.byName()) {
      return col.index();
    }
    Map<String, Integer> header = parser.getHeaderMap();
    Integer i = header == null ? null : header.get(col.name());
    if (i == null) {
      throw new UserException(
          file + ":1: no column named '" + col.name() + "' in header "
              + (header == null ? "[]" : header.keySet()));
    }
    return i;
  }

  private static void checkColumns(Path file, long line, int found, int needed, int expected) {
    if (expected > 0 && found != expected) {
      throw new UserException(
          file + ":" + line + ": expected exactly " + expected + " columns, found " + found);
    }
    if (found < needed) {
      throw new UserException(
          file + ":" + line + ": too few columns: found " + found + ", need at least " + needed);
    }
  }
}

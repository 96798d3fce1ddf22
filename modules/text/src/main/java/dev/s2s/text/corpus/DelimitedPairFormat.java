package dev.s2s.text.corpus;

/**
 * How to read sentence pairs from a delimited file.
 *
 * @param delimiter field separator: {@code '\t'} (TSV, no quote handling: a {@code "} is an
 *     ordinary character) or {@code ','} (CSV with RFC 4180 quoting)
 * @param header whether the first line is a header row (needed to choose columns by name)
 * @param source column of the source sentence
 * @param target column of the target sentence
 * @param expectedColumns exact number of columns every row must have, or 0 to accept any number
 *     that contains both chosen columns (extra columns are ignored)
 */
public record DelimitedPairFormat(
    char delimiter, boolean header, ColumnRef source, ColumnRef target, int expectedColumns) {
  public DelimitedPairFormat {
    if (delimiter != '\t' && delimiter != ',') {
      throw new IllegalArgumentException("delimiter must be tab or comma, got '" + delimiter + "'");
    }
    if (!header && (source.byName() || target.byName())) {
      throw new IllegalArgumentException("columns can be chosen by name only when there is a header");
    }
    if (expectedColumns < 0) {
      throw new IllegalArgumentException("expectedColumns must be >= 0, got " + expectedColumns);
    }
  }

  /** Tab-separated, no header, source in column 0 and target in column 1, any extra columns ignored. */
  public static DelimitedPairFormat tsv() {
    return new DelimitedPairFormat('\t', false, ColumnRef.index(0), ColumnRef.index(1), 0);
  }

  /** Comma-separated with RFC 4180 quoting, no header, columns 0 and 1. */
  public static DelimitedPairFormat csv() {
    return new DelimitedPairFormat(',', false, ColumnRef.index(0), ColumnRef.index(1), 0);
  }

  /**
   * The manythings.org / Tatoeba {@code fra.txt} layout: {@code English<TAB>French}, no header,
   * exactly two columns.
   */
  public static DelimitedPairFormat tatoeba() {
    return tsv().withExpectedColumns(2);
  }

  public DelimitedPairFormat withHeader(boolean h) {
    return new DelimitedPairFormat(delimiter, h, source, target, expectedColumns);
  }

  public DelimitedPairFormat withColumns(ColumnRef src, ColumnRef tgt) {
    return new DelimitedPairFormat(delimiter, header, src, tgt, expectedColumns);
  }

  public DelimitedPairFormat withExpectedColumns(int n) {
    return new DelimitedPairFormat(delimiter, header, source, target, n);
  }
}

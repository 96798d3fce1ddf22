package dev.s2s.text.conll;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a CoNLL file, column-major: {@code columns.get(c).get(i)} is column {@code c}
 * of token {@code i}. Column 0 holds the tokens; tag columns are in IOB2.
 *
 * @param document 0-based index of the document the sentence belongs to
 * @param line 1-based line of the sentence's first token in its file (0 if not from a file)
 * @param columns [column][token], every column the same length
 */
public record ConllSentence(int document, long line, List<List<String>> columns) {
  public ConllSentence {
    List<List<String>> copy = new ArrayList<>(columns.size());
    for (List<String> c : columns) {
      copy.add(List.copyOf(c));
    }
    columns = List.copyOf(copy);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one column");
    }
    int n = columns.get(0).size();
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).size() != n) {
        throw new IllegalArgumentException(
            "column " + c + " has " + columns.get(c).size() + " entries, column 0 has " + n);
      }
    }
  }

  /** Number of tokens. */
  public int size() {
    return columns.get(0).size();
  }

  /** The tokens (column 0). */
  public List<String> tokens() {
    return columns.get(0);
  }

  /** Column {@code c}. */
  public List<String> column(int c) {
    return columns.get(c);
  }

  /** The last column (NER tags in the standard layouts). */
  public List<String> tags() {
    return columns.get(columns.size() - 1);
  }

  /** The fields of token {@code i}, one per column. */
  public List<String> row(int i) {
    List<String> r = new ArrayList<>(columns.size());
    for (List<String> c : columns) {
      r.add(c.get(i));
    }
    return r;
  }

  /** A copy with column {@code c} replaced (same length). */
  public ConllSentence withColumn(int c, List<String> values) {
    List<List<String>> cols = new ArrayList<>(columns);
    cols.set(c, values);
    return new ConllSentence(document, line, cols);
  }
}

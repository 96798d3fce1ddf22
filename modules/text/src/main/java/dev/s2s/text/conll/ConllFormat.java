package dev.s2s.text.conll;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The column layout of a CoNLL file: column names (the first is the token) and the 0-based
 * indices of the columns holding chunk tags, which are validated and normalised to IOB2.
 */
public record ConllFormat(List<String> columnNames, Set<Integer> tagColumns) {
  /** CoNLL-2003: {@code token POS chunk NER}; chunk and NER are tag columns. */
  public static final ConllFormat CONLL2003 =
      new ConllFormat(List.of("token", "POS", "chunk", "NER"), Set.of(2, 3));

  /** Two columns, {@code token NER}. */
  public static final ConllFormat TOKEN_NER = new ConllFormat(List.of("token", "NER"), Set.of(1));

  public ConllFormat {
    columnNames = List.copyOf(columnNames);
    tagColumns = Collections.unmodifiableSet(new TreeSet<>(tagColumns));
    if (columnNames.size() < 2) {
      throw new IllegalArgumentException("a CoNLL format needs at least 2 columns: " + columnNames);
    }
    for (int c : tagColumns) {
      if (c < 1 || c >= columnNames.size()) {
        throw new IllegalArgumentException("tag column " + c + " outside 1.." + (columnNames.size() - 1));
      }
    }
  }

  /** Number of columns every token line must have. */
  public int columnCount() {
    return columnNames.size();
  }

  /** Index of the last column (the NER tags in both standard layouts). */
  public int lastColumn() {
    return columnNames.size() - 1;
  }

  /** "4 columns (token POS chunk NER)", for messages. */
  public String describe() {
    return columnCount() + " columns (" + String.join(" ", columnNames) + ")";
  }
}

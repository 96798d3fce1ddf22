package dev.s2s.text.corpus;

/**
 * A column of a delimited file, chosen either by 0-based index or by header name (exactly one of
 * the two; {@code index} is -1 when a name is used).
 */
public record ColumnRef(int index, String name) {
  public ColumnRef {
    if ((name == null) == (index < 0)) {
      throw new IllegalArgumentException("give either a column index >= 0 or a header name");
    }
  }

  /** The column at 0-based {@code index}. */
  public static ColumnRef index(int index) {
    return new ColumnRef(index, null);
  }

  /** The column whose header cell is {@code name}. */
  public static ColumnRef name(String name) {
    return new ColumnRef(-1, name);
  }

  /** True when the column is chosen by header name. */
  public boolean byName() {
    return name != null;
  }

  @Override
  public String toString() {
    return byName() ? "column '" + name + "'" : "column " + index + " (0-based)";
  }
}

package dev.s2s.experiment.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Key {@code rows} of a tsv/csv data spec: which rows of the file the split reads, by the row's
 * 0-based position among the data rows (header excluded), or a hash of its source sentence, modulo
 * {@code every}. Cuts held-out dev and test sets from a corpus that has no split of its own, spread
 * over the whole file (Tatoeba's file is sorted by sentence length, so its last rows are not a fair
 * sample):
 *
 * <pre>
 * train: {format: tsv, corpus: c.tsv, rows: {every: 100, except: [0, 1]}}
 * dev:   {format: tsv, corpus: c.tsv, rows: {every: 100, only: [0]}}
 * test:  {format: tsv, corpus: c.tsv, rows: {every: 100, only: [1]}}
 * </pre>
 *
 * {@code every} (required, >= 2); exactly one of {@code only} (the residues read) or {@code except}
 * (the residues skipped), each a non-empty list of distinct residues in [0, every); {@code by}
 * (default {@code row}): what is taken modulo {@code every}, the row's position ({@code row}) or a
 * hash of its source-language sentence ({@code source}: 32-bit FNV-1a of its UTF-8 bytes, unsigned),
 * which keeps every translation of one source sentence in the same split (Tatoeba lists many
 * sentences several times with different translations).
 */
public record RowSelection(int every, List<Integer> only, List<Integer> except, By by) {
  /** What a row's residue is computed from ({@code rows.by}). */
  public enum By implements ConfigEnum {
    ROW("row"),
    SOURCE("source");

    private final String key;

    By(String key) {
      this.key = key;
    }

    @JsonValue
    @Override
    public String key() {
      return key;
    }

    @Override
    public String toString() {
      return key;
    }
  }

  /** Validates every, the one residue list given and its entries. */
  public RowSelection {
    Check.required("by", by, ConfigEnum.choices(By.class));
    if (every < 2) {
      throw InvalidValueException.invalid("every", every, "an integer >= 2 (rows are chosen by a residue modulo every)");
    }
    if ((only == null) == (except == null)) {
      throw only == null
          ? InvalidValueException.missing("only", "'only' (residues read) or 'except' (residues skipped)")
          : InvalidValueException.invalid("except", except, "either 'only' or 'except', not both");
    }
    String key = only != null ? "only" : "except";
    List<Integer> residues = checkResidues(key, only != null ? only : except, every);
    only = only != null ? residues : null;
    except = except != null ? residues : null;
  }

  @JsonCreator
  static RowSelection fromYaml(
      @JsonProperty("every") Integer every,
      @JsonProperty("only") List<Integer> only,
      @JsonProperty("except") List<Integer> except,
      @JsonProperty("by") By by) {
    return new RowSelection(Check.required("every", every, "an integer >= 2"), only, except, Check.or(by, By.ROW));
  }

  /** Whether the split reads data row {@code index} (0-based) whose source-language sentence is {@code source}. */
  public boolean selects(long index, String source) {
    long key = by == By.ROW ? index : fnv1a(source);
    return selectsResidue((int) (key % every));
  }

  private boolean selectsResidue(int r) {
    return only != null ? only.contains(r) : !except.contains(r);
  }

  /** 32-bit FNV-1a of the UTF-8 bytes of {@code text}, as an unsigned value. */
  static long fnv1a(String text) {
    int h = 0x811c9dc5;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return Integer.toUnsignedLong(h);
  }

  /** The residues modulo {@link #every()} that are read, ascending. */
  public Set<Integer> residues() {
    Set<Integer> read = new TreeSet<>();
    for (int r = 0; r < every; r++) {
      if (selectsResidue(r)) {
        read.add(r);
      }
    }
    return read;
  }

  /**
   * Whether some row may be read by both selections ({@code null}: every row). With the same {@code
   * by}, keys k with k = a mod m and k = b mod n exist iff a = b mod gcd(m, n); selections by
   * different keys are taken to overlap.
   */
  public static boolean overlap(RowSelection x, RowSelection y) {
    if (x != null && y != null && x.by != y.by) {
      return true;
    }
    int m = x == null ? 1 : x.every;
    int n = y == null ? 1 : y.every;
    Set<Integer> xs = x == null ? Set.of(0) : x.residues();
    Set<Integer> ys = y == null ? Set.of(0) : y.residues();
    int g = gcd(m, n);
    for (int a : xs) {
      for (int b : ys) {
        if ((a - b) % g == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The YAML form, e.g. {@code {every: 100, only: [0]}}. */
  @Override
  public String toString() {
    return "{every: " + every + (only != null ? ", only: " + only : ", except: " + except)
        + (by == By.ROW ? "" : ", by: " + by) + "}";
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static List<Integer> checkResidues(String key, List<Integer> residues, int every) {
    if (residues.isEmpty()) {
      throw InvalidValueException.invalid(key, "[]", "a non-empty list of residues in [0, " + every + ")");
    }
    Set<Integer> seen = new TreeSet<>();
    for (int i = 0; i < residues.size(); i++) {
      Integer r = residues.get(i);
      String item = KeyPaths.item(key, i);
      if (r == null || r < 0 || r >= every) {
        throw InvalidValueException.invalid(item, r, "a residue in [0, " + every + ") (every is " + every + ")");
      }
      if (!seen.add(r)) {
        throw InvalidValueException.invalid(item, r, "distinct residues (" + r + " is listed twice)");
      }
    }
    if (seen.size() == every) {
      throw InvalidValueException.invalid(key, residues, "fewer than all " + every + " residues");
    }
    return List.copyOf(seen);
  }
}

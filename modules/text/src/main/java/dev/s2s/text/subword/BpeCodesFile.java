package dev.s2s.text.subword;

import dev.s2s.common.AtomicFiles;
import dev.s2s.common.UserException;
import dev.s2s.text.corpus.LineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The codes file of subword-nmt 0.2+ ({@code learn_bpe.py -o}): UTF-8, a first line {@value
 * #HEADER}, then one merge per line in priority order, its two symbols separated by one space
 * ({@code "e s"}, {@code "es t</w>"}). subword-nmt's {@code apply_bpe.py -c} reads the files written
 * here, and its files load here. Written atomically ({@link AtomicFiles}).
 */
public final class BpeCodesFile {
  /** The first line. */
  public static final String HEADER = "#version: 0.2";

  private BpeCodesFile() {}

  /** Writes {@code codes} to {@code file}. */
  public static void save(Path file, BpeCodes codes) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (SymbolPair p : codes.merges()) {
      sb.append(p.left()).append(' ').append(p.right()).append('\n');
    }
    AtomicFiles.writeString(file, sb.toString());
  }

  /**
   * Reads a codes file.
   *
   * @throws UserException naming file:line for a missing header, a line that is not two symbols
   *     separated by one space, or a merge listed twice; and for a missing file
   */
  public static BpeCodes load(Path file) {
    List<SymbolPair> merges = new ArrayList<>();
    try (LineReader in = LineReader.open(file)) {
      String first = in.next();
      if (first == null || !first.startsWith("#version:")) {
        throw new UserException(in.where() + ": expected the header '" + HEADER + "' of a BPE codes file, found "
            + (first == null ? "an empty file" : "'" + first + "'"));
      }
      for (String line; (line = in.next()) != null; ) {
        String[] f = line.split(" ", -1);
        if (f.length != 2 || f[0].isEmpty() || f[1].isEmpty()) {
          throw new UserException(in.where() + ": expected two symbols separated by one space, found '" + line + "'");
        }
        merges.add(new SymbolPair(f[0], f[1]));
      }
      try {
        return new BpeCodes(merges);
      } catch (IllegalArgumentException e) {
        throw new UserException(file + ": " + e.getMessage());
      }
    }
  }
}

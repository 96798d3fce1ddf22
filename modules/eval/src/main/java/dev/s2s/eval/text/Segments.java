package dev.s2s.eval.text;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads hypothesis and reference files the way sacreBLEU 2.6.0 does: strict UTF-8, lines split on
 * '\n' only, trailing whitespace of each line stripped with Python {@code str.rstrip()} semantics
 * ({@link PythonText#rstrip}). An empty line is an empty segment; a final line without '\n'
 * counts, a final '\n' does not start another segment.
 */
public final class Segments {
  private Segments() {}

  /** The segments of {@code file} (plain or .gz). */
  public static List<String> read(Path file) {
    return strip(TextFiles.readLines(file));
  }

  /** The segments of a byte stream; {@code name} appears in error messages (e.g. "stdin"). */
  public static List<String> read(InputStream in, String name) {
    try {
      BufferedReader r = TextFiles.open(in, name);
      return strip(TextFiles.readLines(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a hypothesis and a reference have the same number of segments.
   *
   * @throws UserException naming both sources and both counts otherwise
   */
  public static void checkSameLength(
      String hypothesisName, List<String> hypotheses, String referenceName, List<String> reference) {
    if (hypotheses.size() != reference.size()) {
      throw new UserException(
          "hypothesis " + hypothesisName + " has " + hypotheses.size() + " lines but reference "
              + referenceName + " has " + reference.size()
              + " lines: expected one reference line per hypothesis line");
    }
  }

  private static List<String> strip(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String l : lines) {
      out.add(PythonText.rstrip(l));
    }
    return out;
  }
}

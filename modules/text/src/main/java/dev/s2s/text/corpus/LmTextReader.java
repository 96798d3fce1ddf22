package dev.s2s.text.corpus;

import dev.s2s.common.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads plain-text language-model corpora with one sentence (PTB) or paragraph/heading
 * (WikiText) per line. Tokens are the fields separated by ASCII whitespace (Java's {@code \s});
 * leading and trailing spaces, as in PTB's {@code " a b c "}, are ignored. Streaming via {@link
 * #forEach}; a corpus without any token is a {@link UserException}.
 */
public final class LmTextReader {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** A WikiText heading: one or more '=' on both sides, e.g. " = Title = " or " = = Sub = = ". */
  private static final Pattern HEADING = Pattern.compile("^\\s*(=\\s)+.*?(\\s=)+\\s*$");

  private LmTextReader() {}

  /** All kept lines in memory. */
  public static List<LmLine> read(Path file, LmTextOptions options) {
    List<LmLine> out = new ArrayList<>();
    forEach(file, options, out::add);
    return out;
  }

  /** Streams the kept lines to {@code sink}; throws UserException if the corpus has no tokens. */
  public static void forEach(Path file, LmTextOptions options, Consumer<LmLine> sink) {
    long tokens = 0;
    try (LineReader in = LineReader.open(file)) {
      for (String s; (s = in.next()) != null; ) {
        List<String> toks = split(s);
        boolean heading = isHeading(s);
        if ((options.skipBlankLines() && toks.isEmpty()) || (options.skipHeadings() && heading)) {
          continue;
        }
        tokens += toks.size();
        sink.accept(new LmLine(in.lineNumber(), toks, heading));
      }
    }
    if (tokens == 0) {
      throw new UserException(file + ": empty corpus (no tokens)");
    }
  }

  /** The whitespace-separated tokens of {@code line}. */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>(Arrays.asList(WHITESPACE.split(line)));
    out.removeIf(String::isEmpty);
    return out;
  }

  /** Whether {@code line} is a WikiText heading. */
  public static boolean isHeading(String line) {
    return HEADING.matcher(line).matches();
  }
}

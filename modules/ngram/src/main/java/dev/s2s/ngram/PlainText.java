package dev.s2s.ngram;

import dev.s2s.common.TextFiles;
import dev.s2s.common.UserException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads language-model text: one sentence per line, tokens separated by whitespace, blank lines
 * skipped. The boundary tokens {@code <s>} and {@code </s>} are added by the models, so they may
 * not appear in the text.
 */
public final class PlainText {
  private PlainText() {}

  /** The non-blank lines of {@code file} as token lists. */
  public static List<TextSentence> read(Path file) {
    return split(TextFiles.readLines(file), file.toString());
  }

  /** The non-blank {@code lines} as token lists; {@code source} names them in error messages. */
  public static List<TextSentence> split(List<String> lines, String source) {
    List<TextSentence> sentences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> tokens = tokens(lines.get(i));
      for (String t : tokens) {
        if (t.equals(LmVocabulary.BOS) || t.equals(LmVocabulary.EOS)) {
          throw new UserException(
              source + ":" + (i + 1) + ": token '" + t + "' is a sentence boundary that the model"
                  + " adds itself; expected plain text, one sentence per line, without it");
        }
      }
      if (!tokens.isEmpty()) {
        sentences.add(new TextSentence(i + 1, tokens));
      }
    }
    return sentences;
  }

  /** Whitespace-separated tokens of one line. */
  static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
      if (space && start >= 0) {
        tokens.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens;
  }
}

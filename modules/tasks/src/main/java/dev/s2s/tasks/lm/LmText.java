package dev.s2s.tasks.lm;

import dev.s2s.common.UserException;
import dev.s2s.ngram.PlainText;
import dev.s2s.ngram.TextSentence;
import java.nio.file.Path;
import java.util.List;

/**
 * Language-model text: one sentence per line, whitespace-separated tokens, blank lines skipped
 * (the reader of the n-gram module, so both kinds of model see the same sentences).
 */
public final class LmText {
  private LmText() {}

  /**
   * The sentences of {@code file}.
   *
   * @param role what the file is for, e.g. {@code lm.train}, named in the error message
   * @throws UserException when the file holds no token at all
   */
  public static List<List<String>> read(Path file, String role) {
    List<TextSentence> lines = PlainText.read(file);
    if (lines.isEmpty()) {
      throw new UserException(role + ": " + file + ": no tokens (every line is blank); expected "
          + "one whitespace-tokenized sentence per line");
    }
    return lines.stream().map(TextSentence::tokens).toList();
  }

  /** The same sentences as the n-gram module's line records (line numbers 1, 2, ...). */
  public static List<TextSentence> asTextSentences(List<List<String>> sentences) {
    java.util.ArrayList<TextSentence> out = new java.util.ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new TextSentence(i + 1, sentences.get(i)));
    }
    return out;
  }
}

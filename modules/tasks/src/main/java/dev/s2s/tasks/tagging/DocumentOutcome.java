package dev.s2s.tasks.tagging;

/**
 * What {@link DocumentTagger} did with one document.
 *
 * @param name the document's name
 * @param tagged false when the document was skipped
 * @param message why it was skipped ("" when tagged)
 * @param sentences sentences tagged
 * @param tokens tokens tagged
 * @param entities entities found
 */
public record DocumentOutcome(String name, boolean tagged, String message, long sentences, long tokens, long entities) {
  static DocumentOutcome skipped(String name, String why) {
    return new DocumentOutcome(name, false, why, 0, 0, 0);
  }
}

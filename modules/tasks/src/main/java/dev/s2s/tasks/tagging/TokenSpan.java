package dev.s2s.tasks.tagging;

/**
 * A token of a document: its text and where it is, as character offsets (UTF-16 code units, as
 * {@link String#substring(int, int)} counts) into the original document.
 *
 * @param text equal to {@code document.substring(start, end)}
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record TokenSpan(String text, long start, long end) {
  public TokenSpan {
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("token '" + text + "' with offsets [" + start + ", " + end + ")");
    }
  }
}

package dev.s2s.tasks.tagging;

/**
 * A named entity found in a document: its type and its exact extent in the original document, from
 * the start of its first token to the end of its last (whitespace between its tokens included as
 * written).
 *
 * @param type entity type, e.g. {@code PER}
 * @param start character offset (UTF-16 code units) of the first character
 * @param end character offset after the last character
 * @param text equal to {@code document.substring(start, end)}
 */
public record EntitySpan(String type, long start, long end, String text) {
  public EntitySpan {
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("entity '" + text + "' with offsets [" + start + ", " + end + ")");
    }
  }
}

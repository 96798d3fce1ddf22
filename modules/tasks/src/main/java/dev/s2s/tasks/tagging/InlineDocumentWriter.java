package dev.s2s.tasks.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Tagged documents as annotated text, one line per sentence: the sentence's original text with each
 * entity bracketed as {@code [TYPE text]}, e.g. {@code [PER Barack Obama] visited [LOC Paris].};
 * line breaks inside a sentence become spaces. A blank line separates documents.
 */
public final class InlineDocumentWriter implements TaggedDocumentSink {
  private final Writer out;
  private boolean first = true;

  public InlineDocumentWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void startDocument(String name) {
    if (!first) {
      write("\n");
    }
    first = false;
  }

  @Override
  public void sentence(DocumentSentence sentence) {
    write(annotate(sentence).replaceAll("\\R", " ") + "\n");
  }

  /** The sentence's text with its entities bracketed. */
  static String annotate(DocumentSentence sentence) {
    StringBuilder sb = new StringBuilder();
    String text = sentence.text();
    long base = sentence.start();
    int at = 0;
    for (EntitySpan e : sentence.entities()) {
      int from = (int) (e.start() - base);
      int to = (int) (e.end() - base);
      sb.append(text, at, from).append('[').append(e.type()).append(' ').append(text, from, to).append(']');
      at = to;
    }
    return sb.append(text, at, text.length()).toString();
  }

  @Override
  public void endDocument(long length) {
    // documents are separated at the start of the next one
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

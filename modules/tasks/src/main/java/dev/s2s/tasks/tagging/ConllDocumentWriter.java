package dev.s2s.tasks.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Tagged documents as CoNLL columns: a comment line {@code # doc: NAME} per document, then per token
 * {@code token TAB tag}, a blank line after every sentence.
 */
public final class ConllDocumentWriter implements TaggedDocumentSink {
  private final Writer out;

  public ConllDocumentWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void startDocument(String name) {
    write("# doc: " + name + "\n");
  }

  @Override
  public void sentence(DocumentSentence sentence) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentence.tokens().size(); i++) {
      sb.append(sentence.tokens().get(i).text()).append('\t').append(sentence.tags().get(i)).append('\n');
    }
    write(sb.append('\n').toString());
  }

  @Override
  public void endDocument(long length) {
    // nothing: the blank line after the last sentence ends the document
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

package dev.s2s.tasks.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Entities as a tab-separated table (Commons CSV, LF line ends, fields quoted only when they hold a
 * tab, quote or line break): header {@code document sentence start end type text}, then one row
 * per entity; {@code sentence} is 1-based, {@code start}/{@code end} are character offsets into
 * the document.
 */
public final class TsvDocumentWriter implements TaggedDocumentSink {
  /** The header columns. */
  public static final String[] HEADER = {"document", "sentence", "start", "end", "type", "text"};

  private final CSVPrinter printer;
  private String document;

  public TsvDocumentWriter(Writer out) {
    CSVFormat format = CSVFormat.TDF.builder().setHeader(HEADER).setRecordSeparator("\n")
        .setIgnoreSurroundingSpaces(false).get();
    try {
      this.printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startDocument(String name) {
    document = name;
  }

  @Override
  public void sentence(DocumentSentence sentence) {
    try {
      for (EntitySpan e : sentence.entities()) {
        printer.printRecord(document, sentence.index(), e.start(), e.end(), e.type(), e.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endDocument(long length) {
    finish();
  }

  @Override
  public void finish() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.s2s.tasks.tagging;

import java.io.Writer;
import java.util.Locale;
import java.util.function.Function;

/** The output formats of tagged documents, by command-line name. */
public enum DocumentFormat {
  /** {@link ConllDocumentWriter}. */
  CONLL(ConllDocumentWriter::new),
  /** {@link InlineDocumentWriter}. */
  INLINE(InlineDocumentWriter::new),
  /** {@link JsonDocumentWriter}. */
  JSON(JsonDocumentWriter::new),
  /** {@link TsvDocumentWriter}. */
  TSV(TsvDocumentWriter::new);

  private final Function<Writer, TaggedDocumentSink> factory;

  DocumentFormat(Function<Writer, TaggedDocumentSink> factory) {
    this.factory = factory;
  }

  /** A sink writing this format to {@code out}. */
  public TaggedDocumentSink open(Writer out) {
    return factory.apply(out);
  }

  /** The lower-case name used on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}

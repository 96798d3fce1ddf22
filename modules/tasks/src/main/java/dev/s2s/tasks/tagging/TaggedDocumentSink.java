package dev.s2s.tasks.tagging;

/**
 * Receives tagged documents sentence by sentence, as {@link DocumentTagger} produces them (so that
 * large documents need not be held in memory). For each document: {@link #startDocument}, one or
 * more {@link #sentence}, {@link #endDocument}. A document that is skipped (binary, empty) produces
 * no call at all.
 */
public interface TaggedDocumentSink {
  /** A document begins; {@code name} is its file name (or "stdin"). */
  void startDocument(String name);

  /** The next sentence of the current document. */
  void sentence(DocumentSentence sentence);

  /** The current document ends; {@code length} is its length in characters (UTF-16 code units). */
  void endDocument(long length);

  /** Flushes what was written (called once after the last document). */
  void finish();
}

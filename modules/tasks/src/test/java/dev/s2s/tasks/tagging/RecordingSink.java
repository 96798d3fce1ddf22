package dev.s2s.tasks.tagging;

import java.util.ArrayList;
import java.util.List;

/** A sink for tests that keeps every call. */
final class RecordingSink implements TaggedDocumentSink {
  final List<String> events = new ArrayList<>();
  final List<DocumentSentence> sentences = new ArrayList<>();
  long length = -1;

  @Override
  public void startDocument(String name) {
    events.add("start " + name);
  }

  @Override
  public void sentence(DocumentSentence sentence) {
    sentences.add(sentence);
  }

  @Override
  public void endDocument(long length) {
    events.add("end " + length);
    this.length = length;
  }

  @Override
  public void finish() {
    events.add("finish");
  }

  List<EntitySpan> entities() {
    return sentences.stream().flatMap(s -> s.entities().stream()).toList();
  }
}

package dev.s2s.tasks.tagging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tagged documents as JSON Lines, one object per document:
 *
 * <pre>{"name": "a.txt",
 *  "sentences": [{"index": 1, "start": 0, "end": 24, "text": "...",
 *                 "tokens": [{"text": "Mary", "start": 0, "end": 4, "tag": "B-PER"}, ...]}, ...],
 *  "entities": [{"type": "PER", "start": 0, "end": 10, "text": "Mary Jones", "sentence": 1}, ...],
 *  "length": 410}</pre>
 *
 * Offsets count UTF-16 code units of the original document ({@code length} too, written last
 * because the document is streamed). Sentences are written as they come; the document's entities
 * are kept until its end (memory grows with the number of entities of one document only).
 */
public final class JsonDocumentWriter implements TaggedDocumentSink {
  private final JsonGenerator json;
  private final List<EntityAt> entities = new ArrayList<>();

  private record EntityAt(EntitySpan entity, int sentence) {}

  public JsonDocumentWriter(Writer out) {
    try {
      this.json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
      json.setRootValueSeparator(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startDocument(String name) {
    try {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeArrayFieldStart("sentences");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void sentence(DocumentSentence s) {
    try {
      json.writeStartObject();
      json.writeNumberField("index", s.index());
      json.writeNumberField("start", s.start());
      json.writeNumberField("end", s.end());
      json.writeStringField("text", s.text());
      json.writeArrayFieldStart("tokens");
      for (int i = 0; i < s.tokens().size(); i++) {
        TokenSpan t = s.tokens().get(i);
        json.writeStartObject();
        json.writeStringField("text", t.text());
        json.writeNumberField("start", t.start());
        json.writeNumberField("end", t.end());
        json.writeStringField("tag", s.tags().get(i));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (EntitySpan e : s.entities()) {
      entities.add(new EntityAt(e, s.index()));
    }
  }

  @Override
  public void endDocument(long length) {
    try {
      json.writeEndArray();
      json.writeArrayFieldStart("entities");
      for (EntityAt e : entities) {
        json.writeStartObject();
        json.writeStringField("type", e.entity().type());
        json.writeNumberField("start", e.entity().start());
        json.writeNumberField("end", e.entity().end());
        json.writeStringField("text", e.entity().text());
        json.writeNumberField("sentence", e.sentence());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("length", length);
      json.writeEndObject();
      json.writeRaw('\n');
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    entities.clear();
  }

  @Override
  public void finish() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

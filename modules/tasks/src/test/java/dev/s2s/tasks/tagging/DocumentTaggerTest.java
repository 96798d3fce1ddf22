package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTaggerTest {
  @TempDir Path tmp;

  private static final String DOCUMENT =
      "The  visit of Zoë  Müller to São Paulo went well.\r\nShe met   José Álvarez there!\n\n\n"
          + "  Ünal Öztürk\nsaid: “fine” — and left for 日本 with Ann  Lee.  \n";

  @Test
  void everyEntityIsTheExactSubstringOfTheOriginalDocument() throws IOException {
    RecordingSink sink = new RecordingSink();
    DocumentOutcome outcome = new DocumentTagger(new CapitalizedTagger(), DocumentTaggerOptions.DEFAULTS)
        .tag(new StringReader(DOCUMENT), "doc", sink);
    assertTrue(outcome.tagged());
    List<EntitySpan> entities = sink.entities();
    for (EntitySpan e : entities) {
      assertEquals(e.text(), DOCUMENT.substring((int) e.start(), (int) e.end()), e.toString());
    }
    for (DocumentSentence s : sink.sentences) {
      assertEquals(s.text(), DOCUMENT.substring((int) s.start(), (int) s.end()));
      for (TokenSpan t : s.tokens()) {
        assertEquals(t.text(), DOCUMENT.substring((int) t.start(), (int) t.end()));
      }
    }
    // expected spans written by hand: two spaces inside "Zoë  Müller", the PER after "of"
    int zoe = DOCUMENT.indexOf("Zoë");
    assertTrue(entities.contains(new EntitySpan("PER", zoe, zoe + "Zoë  Müller".length(), "Zoë  Müller")), entities.toString());
    int sao = DOCUMENT.indexOf("São");
    assertTrue(entities.contains(new EntitySpan("PER", sao, sao + 9, "São Paulo")), entities.toString());
    int jose = DOCUMENT.indexOf("José");
    assertTrue(entities.contains(new EntitySpan("PER", jose, jose + 12, "José Álvarez")), entities.toString());
    // "Ünal Öztürk\nsaid" : a sentence-initial run across the paragraph start, with a line break after it
    int unal = DOCUMENT.indexOf("Ünal");
    assertTrue(entities.contains(new EntitySpan("ORG", unal, unal + 11, "Ünal Öztürk")), entities.toString());
    int ann = DOCUMENT.indexOf("Ann  Lee");
    assertTrue(entities.contains(new EntitySpan("PER", ann, ann + 8, "Ann  Lee")), entities.toString());
    assertEquals(List.of("start doc", "end " + DOCUMENT.length()), sink.events);
  }

  @Test
  void sentencesAreSplitAndNumbered() throws IOException {
    RecordingSink sink = new RecordingSink();
    new DocumentTagger(new CapitalizedTagger(), DocumentTaggerOptions.DEFAULTS)
        .tag(new StringReader(DOCUMENT), "doc", sink);
    // by hand: "The ... well." / "She met ... there!" / "Ünal Öztürk said: ... Lee."
    assertEquals(3, sink.sentences.size());
    assertEquals(List.of(1, 2, 3), sink.sentences.stream().map(DocumentSentence::index).toList());
    assertEquals("She met   José Álvarez there!", sink.sentences.get(1).text());
  }

  @Test
  void smallChunksAndLongSentencesKeepOffsetsExact() throws IOException {
    StringBuilder doc = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      doc.append("word").append(i).append(i % 7 == 0 ? "  Big Name" : "").append(i % 5 == 0 ? "\n" : " ");
    }
    String text = doc.toString();
    RecordingSink sink = new RecordingSink();
    DocumentOutcome outcome = new DocumentTagger(new CapitalizedTagger(), new DocumentTaggerOptions(24, 3, 2))
        .tag(new StringReader(text), "long", sink);
    StringBuilder joined = new StringBuilder();
    for (DocumentSentence s : sink.sentences) {
      assertTrue(s.tokens().size() <= 3, "sentence of " + s.tokens().size() + " tokens");
      for (TokenSpan t : s.tokens()) {
        assertEquals(t.text(), text.substring((int) t.start(), (int) t.end()));
        joined.append(t.text());
      }
    }
    assertEquals(text.replaceAll("\\s+", ""), joined.toString());
    for (EntitySpan e : sink.entities()) {
      assertEquals(e.text(), text.substring((int) e.start(), (int) e.end()));
    }
    assertEquals(text.length(), sink.length);
    assertEquals(outcome.tokens(), sink.sentences.stream().mapToInt(s -> s.tokens().size()).sum());
  }

  @Test
  void binaryFileIsSkippedWithItsByteOffset() throws IOException {
    Path file = tmp.resolve("image.bin");
    Files.write(file, new byte[] {'A', 'b', 'c', 0, 'd'});
    RecordingSink sink = new RecordingSink();
    DocumentOutcome outcome = new DocumentTagger(new CapitalizedTagger(), DocumentTaggerOptions.DEFAULTS)
        .tag(file, "image.bin", sink);
    assertFalse(outcome.tagged());
    assertEquals("binary file (NUL byte at byte offset 3)", outcome.message());
    assertTrue(sink.events.isEmpty());
  }

  @Test
  void invalidUtf8IsSkippedWithItsByteOffset() throws IOException {
    Path file = tmp.resolve("latin1.txt");
    // "Café" in ISO-8859-1: C a f 0xE9; 0xE9 starts a 3-byte sequence that the end truncates
    Files.write(file, "Caf".getBytes(StandardCharsets.US_ASCII));
    Files.write(file, new byte[] {(byte) 0xE9, ' ', 'x'}, java.nio.file.StandardOpenOption.APPEND);
    DocumentOutcome outcome = new DocumentTagger(new CapitalizedTagger(), DocumentTaggerOptions.DEFAULTS)
        .tag(file, "latin1.txt", new RecordingSink());
    assertFalse(outcome.tagged());
    assertEquals("not valid UTF-8 (at byte offset 3)", outcome.message());
  }

  @Test
  void emptyAndBlankDocumentsAreSkipped() throws IOException {
    for (String text : List.of("", " \n\n\t \n")) {
      RecordingSink sink = new RecordingSink();
      CapitalizedTagger tagger = new CapitalizedTagger();
      DocumentOutcome outcome = new DocumentTagger(tagger, DocumentTaggerOptions.DEFAULTS)
          .tag(new StringReader(text), "empty", sink);
      assertFalse(outcome.tagged());
      assertEquals("empty document (no text to tag)", outcome.message());
      assertTrue(sink.events.isEmpty());
      assertEquals(0, tagger.calls);
    }
  }

  @Test
  void documentConsistencyReachesAcrossChunksUpToTheWindow() throws IOException {
    // "Ajax" is an ORG only where "won" follows in its sentence; the third paragraph is another chunk
    dev.s2s.tasks.SequenceTagger ajaxWon = sentences -> sentences.stream()
        .map(s -> s.stream().map(t -> t.equals("Ajax") && s.contains("won") ? "B-ORG" : "O").toList())
        .toList();
    String text = "Ajax won.\n\nThen Ajax lost.\n\nAjax drew.\n";
    for (int window : new int[] {1000, 3}) {
      RecordingSink sink = new RecordingSink();
      new DocumentTagger(ajaxWon, new DocumentTaggerOptions(12, 250, 64,
          dev.s2s.experiment.config.TagConsistency.DOCUMENT, window)).tag(new StringReader(text), "d", sink);
      List<String> found = sink.entities().stream().map(e -> e.type() + "@" + e.start()).toList();
      assertEquals(window == 1000 ? List.of("ORG@0", "ORG@16", "ORG@28") : List.of("ORG@0"), found,
          "window " + window);
    }
  }
}

package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The four output formats on two small documents tagged by {@link CapitalizedTagger}. */
class DocumentWritersTest {
  private static final String DOC_A = "I met Ann  Lee in\nNew York. Then home.";
  private static final String DOC_B = "Zoë went to Köln.";

  private static String write(DocumentFormat format) throws IOException {
    StringWriter out = new StringWriter();
    TaggedDocumentSink sink = format.open(out);
    DocumentTagger tagger = new DocumentTagger(new CapitalizedTagger(), DocumentTaggerOptions.DEFAULTS);
    tagger.tag(new StringReader(DOC_A), "a.txt", sink);
    tagger.tag(new StringReader(""), "empty.txt", sink);
    tagger.tag(new StringReader(DOC_B), "b.txt", sink);
    sink.finish();
    return out.toString();
  }

  @Test
  void inlineBracketsEntitiesInTheOriginalText() throws IOException {
    // sentence-initial capitals are ORG, later ones PER (CapitalizedTagger); line break -> space
    assertEquals("[ORG I] met [PER Ann  Lee] in [PER New York].\n[ORG Then] home.\n\n"
        + "[ORG Zoë] went to [PER Köln].\n", write(DocumentFormat.INLINE));
  }

  @Test
  void conllHasADocCommentAndTokenTabTagLines() throws IOException {
    String out = write(DocumentFormat.CONLL);
    assertEquals("# doc: a.txt\nI\tB-ORG\nmet\tO\nAnn\tB-PER\nLee\tI-PER\nin\tO\nNew\tB-PER\nYork\tI-PER\n.\tO\n\n"
        + "Then\tB-ORG\nhome\tO\n.\tO\n\n"
        + "# doc: b.txt\nZoë\tB-ORG\nwent\tO\nto\tO\nKöln\tB-PER\n.\tO\n\n", out);
  }

  @Test
  void jsonIsOneObjectPerDocumentWithOffsetsIntoTheOriginal() throws IOException {
    String[] lines = write(DocumentFormat.JSON).split("\n");
    assertEquals(2, lines.length);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode a = mapper.readTree(lines[0]);
    assertEquals("a.txt", a.get("name").asText());
    assertEquals(DOC_A.length(), a.get("length").asInt());
    assertEquals(2, a.get("sentences").size());
    JsonNode ann = a.get("entities").get(1);
    assertEquals("PER", ann.get("type").asText());
    assertEquals("Ann  Lee", ann.get("text").asText());
    assertEquals(6, ann.get("start").asInt()); // "I met " is 6 characters
    assertEquals(14, ann.get("end").asInt());
    for (JsonNode e : a.get("entities")) {
      assertEquals(e.get("text").asText(), DOC_A.substring(e.get("start").asInt(), e.get("end").asInt()));
    }
    JsonNode token = a.get("sentences").get(0).get("tokens").get(2);
    assertEquals("Ann", token.get("text").asText());
    assertEquals("B-PER", token.get("tag").asText());
    assertEquals("b.txt", mapper.readTree(lines[1]).get("name").asText());
  }

  @Test
  void tsvHasAHeaderAndOneRowPerEntity() throws IOException {
    String out = write(DocumentFormat.TSV);
    List<CSVRecord> rows;
    try (CSVParser p = CSVParser.parse(out, CSVFormat.TDF)) {
      rows = p.getRecords();
    }
    assertEquals(List.of("document", "sentence", "start", "end", "type", "text"), rows.get(0).toList());
    // a.txt: I, Ann  Lee, New York, Then; b.txt: Zoë, Köln (offsets counted by hand)
    assertEquals(7, rows.size());
    assertEquals(List.of("a.txt", "1", "18", "26", "PER", "New York"), rows.get(3).toList());
    assertEquals(List.of("a.txt", "2", "28", "32", "ORG", "Then"), rows.get(4).toList());
    assertEquals(List.of("b.txt", "1", "12", "16", "PER", "Köln"), rows.get(6).toList());
  }
}

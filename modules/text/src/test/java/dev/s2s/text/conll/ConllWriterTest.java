package dev.s2s.text.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllWriterTest {
  @TempDir Path dir;

  private static final List<ConllSentence> SENTENCES =
      List.of(
          new ConllSentence(0, 0, List.of(List.of("Peter", "Blackburn"), List.of("B-PER", "I-PER"))),
          new ConllSentence(0, 0, List.of(List.of("Paris", "London"), List.of("B-LOC", "B-LOC"))),
          new ConllSentence(1, 0, List.of(List.of("EU"), List.of("B-ORG"))));

  @Test
  void writesIob2WithDocstartLines() throws Exception {
    StringWriter w = new StringWriter();
    new ConllWriter(ConllFormat.TOKEN_NER, TagScheme.IOB2, true).write(w, SENTENCES);
    assertEquals(
        "-DOCSTART- O\n\nPeter B-PER\nBlackburn I-PER\n\nParis B-LOC\nLondon B-LOC\n\n"
            + "-DOCSTART- O\n\nEU B-ORG\n\n",
        w.toString());
  }

  @Test
  void writesIob1WithoutDocstartAndReadsBack() throws Exception {
    Path f = dir.resolve("out.iob1");
    new ConllWriter(ConllFormat.TOKEN_NER, TagScheme.IOB1, false).write(f, SENTENCES);
    // IOB1: B- only for London (a LOC chunk right after a LOC chunk)
    assertEquals(
        "Peter I-PER\nBlackburn I-PER\n\nParis I-LOC\nLondon B-LOC\n\nEU I-ORG\n\n",
        Files.readString(f, StandardCharsets.UTF_8));
    ConllCorpus back = new ConllReader(ConllFormat.TOKEN_NER, TagScheme.IOB1).read(f);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertEquals(SENTENCES.get(i).columns(), back.sentences().get(i).columns());
    }
  }

  @Test
  void fourColumnDocstartLine() throws Exception {
    StringWriter w = new StringWriter();
    ConllSentence s =
        new ConllSentence(0, 0, List.of(List.of("EU"), List.of("NNP"), List.of("B-NP"), List.of("B-ORG")));
    new ConllWriter(ConllFormat.CONLL2003, TagScheme.IOB2, true).write(w, List.of(s));
    assertEquals("-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\n\n", w.toString());
  }
}

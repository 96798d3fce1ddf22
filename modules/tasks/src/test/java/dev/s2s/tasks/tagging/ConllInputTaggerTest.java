package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllInputTaggerTest {
  @TempDir Path tmp;

  private static final String INPUT = "-DOCSTART- -X- O\n\nAnn NNP B-PER\nLee NNP I-PER\nleft VBD O\n\n"
      + "Then\tRB\nBo\tNNP\n\nok x\n";

  @Test
  void appendsThePredictedTagToEveryTokenLine() throws IOException {
    for (int batch : new int[] {1, 2, 64}) {
      StringWriter out = new StringWriter();
      DocumentOutcome o = new ConllInputTagger(new CapitalizedTagger(), batch)
          .tag(new BufferedReader(new StringReader(INPUT)), "in", out);
      assertEquals("-DOCSTART- -X- O O\n\nAnn NNP B-PER B-ORG\nLee NNP I-PER I-ORG\nleft VBD O O\n\n"
          + "Then\tRB\tB-ORG\nBo\tNNP\tI-ORG\n\nok x O\n", out.toString(), "batch " + batch);
      assertEquals(3, o.sentences());
      assertEquals(6, o.tokens());
    }
  }

  /** Tags "Ajax" B-ORG only in a sentence that also has "won"; every other token O. */
  private static final dev.s2s.tasks.SequenceTagger AJAX_WON = sentences -> sentences.stream()
      .map(s -> s.stream().map(t -> t.equals("Ajax") && s.contains("won") ? "B-ORG" : "O").toList())
      .toList();

  private static final String TWO_DOCUMENTS = "-DOCSTART- O\n\nAjax x\nwon x\n\nAjax x\nlost x\n\n"
      + "-DOCSTART- O\n\nAjax x\nlost x\n";

  private static String tag(DocumentTaggerOptions options) throws IOException {
    StringWriter out = new StringWriter();
    new ConllInputTagger(AJAX_WON, options).tag(new BufferedReader(new StringReader(TWO_DOCUMENTS)), "in", out);
    return out.toString();
  }

  @Test
  void documentConsistencyStaysWithinEachDocument() throws IOException {
    String consistent = "-DOCSTART- O O\n\nAjax x B-ORG\nwon x O\n\nAjax x B-ORG\nlost x O\n\n"
        + "-DOCSTART- O O\n\nAjax x O\nlost x O\n";
    for (int batch : new int[] {1, 64}) {
      assertEquals(consistent, tag(new DocumentTaggerOptions(1000, 250, batch,
          dev.s2s.experiment.config.TagConsistency.DOCUMENT, 1000)), "batch " + batch);
    }
    assertEquals(consistent.replace("Ajax x B-ORG\nlost", "Ajax x O\nlost"),
        tag(new DocumentTaggerOptions(1000, 250, 64)), "no consistency");
    assertEquals(consistent.replace("Ajax x B-ORG\nlost", "Ajax x O\nlost"),
        tag(new DocumentTaggerOptions(1000, 250, 64, dev.s2s.experiment.config.TagConsistency.DOCUMENT, 2)),
        "windows of 2 tokens: each sentence alone");
  }

  @Test
  void binaryAndEmptyInputsAreSkipped() throws IOException {
    Path bin = tmp.resolve("x.conll");
    Files.write(bin, new byte[] {'a', ' ', 'O', '\n', 0});
    DocumentOutcome o = new ConllInputTagger(new CapitalizedTagger(), 4).tag(bin, "x.conll", new StringWriter());
    assertFalse(o.tagged());
    assertEquals("binary file (NUL byte at byte offset 4)", o.message());
    DocumentOutcome e = new ConllInputTagger(new CapitalizedTagger(), 4)
        .tag(new BufferedReader(new StringReader("-DOCSTART- O\n\n")), "e", new StringWriter());
    assertFalse(e.tagged());
    assertTrue(e.message().startsWith("empty document"));
  }
}

package dev.s2s.text.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {
  @TempDir Path dir;

  private static final String IOB2_FILE =
      "-DOCSTART- -X- -X- O\n\n"
          + "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\n\n"
          + "Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n"
          + "-DOCSTART- -X- -X- O\n\n"
          + "BRUSSELS NNP B-NP B-LOC\n\n";

  private final ConllReader iob2 = new ConllReader(ConllFormat.CONLL2003, TagScheme.IOB2);
  private final ConllReader iob1 = new ConllReader(ConllFormat.CONLL2003, TagScheme.IOB1);

  @Test
  void readsSentencesAndDocuments() {
    ConllCorpus c = iob2.read(TestFiles.write(dir, "a.conll", IOB2_FILE));
    assertEquals(3, c.sentences().size());
    assertEquals(2, c.documents());
    assertEquals(6, c.tokenCount());
    ConllSentence s0 = c.sentences().get(0);
    assertEquals(0, s0.document());
    assertEquals(3, s0.line());
    assertEquals(List.of("EU", "rejects", "German"), s0.tokens());
    assertEquals(List.of("NNP", "VBZ", "JJ"), s0.column(1));
    assertEquals(List.of("B-ORG", "O", "B-MISC"), s0.tags());
    assertEquals(List.of("Peter", "NNP", "B-NP", "B-PER"), c.sentences().get(1).row(0));
    assertEquals(1, c.sentences().get(2).document());
    assertEquals(12, c.sentences().get(2).line());
  }

  @Test
  void iob1QuirkDocstartAtEndWithoutNewlineAndConversion() {
    String text =
        "EU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\n"
            + "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n"
            + "-DOCSTART- -X- O O\n\n"
            + "BRUSSELS NNP I-NP I-LOC\n\n"
            + "-DOCSTART- -X- -X- O";
    ConllCorpus c = iob1.read(TestFiles.write(dir, "b.conll.gz", text));
    ConllCorpus expected = iob2.read(TestFiles.write(dir, "a.conll", IOB2_FILE));
    assertEquals(2, c.documents());
    assertEquals(expected.sentences().size(), c.sentences().size());
    for (int i = 0; i < c.sentences().size(); i++) {
      assertEquals(expected.sentences().get(i).columns(), c.sentences().get(i).columns());
      assertEquals(expected.sentences().get(i).document(), c.sentences().get(i).document());
    }
  }

  @Test
  void twoColumnFormat() {
    Path f = TestFiles.write(dir, "two.txt", "John B-PER\nlives O\nin O\nNew B-LOC\nYork I-LOC\n");
    ConllCorpus c = new ConllReader(ConllFormat.TOKEN_NER, TagScheme.IOB2).read(f);
    assertEquals(1, c.sentences().size());
    assertEquals(1, c.documents());
    assertEquals(List.of("B-PER", "O", "O", "B-LOC", "I-LOC"), c.sentences().get(0).tags());
  }

  @Test
  void wrongColumnCountNamesFileLineFoundAndExpected() {
    Path f = TestFiles.write(dir, "bad.conll", "EU NNP B-NP B-ORG\nrejects VBZ O\n\n");
    UserException e = assertThrows(UserException.class, () -> iob2.read(f));
    assertEquals(
        f + ":2: expected 4 columns (token POS chunk NER), found 3 columns: 'rejects VBZ O'", e.getMessage());
  }

  @Test
  void tagWithoutTypeIsNamed() {
    Path f = TestFiles.write(dir, "b.conll", "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP B-\n");
    UserException e = assertThrows(UserException.class, () -> iob2.read(f));
    assertTrue(e.getMessage().startsWith(f + ":4: column 4 (NER): invalid tag 'B-'"), e.getMessage());
  }

  @Test
  void unknownPrefixIsNamed() {
    Path f = TestFiles.write(dir, "x.conll", "EU NNP B-NP X-PER\n");
    UserException e = assertThrows(UserException.class, () -> iob2.read(f));
    assertTrue(e.getMessage().startsWith(f + ":1: column 4 (NER): invalid tag 'X-PER'"), e.getMessage());
  }

  @Test
  void invalidIob2SequenceNamesTheLineOfTheTag() {
    Path f = TestFiles.write(dir, "s.conll", "\n\nEU NNP B-NP O\nrejects VBZ B-VP I-ORG\n\n");
    UserException e = assertThrows(UserException.class, () -> iob2.read(f));
    assertTrue(e.getMessage().startsWith(f + ":4: column 4 (NER), scheme iob2: tag 'I-ORG' after 'O'"), e.getMessage());
  }

  @Test
  void emptyCorpusIsAnError() {
    Path f = TestFiles.write(dir, "e.conll", "-DOCSTART- -X- -X- O\n\n");
    UserException e = assertThrows(UserException.class, () -> iob2.read(f));
    assertEquals(f + ": empty corpus (no sentences)", e.getMessage());
  }

  @Test
  void conllTestbCounts() {
    Path f = TestFiles.sharedCorpus("conll2003").resolve("eng.testb");
    ConllCorpus c = iob2.read(f);
    // README: 3,453 sentences, 46,435 tokens, 231 documents, PER/LOC/ORG/MISC 1617/1668/1661/702
    assertEquals(3453, c.sentences().size());
    assertEquals(46435, c.tokenCount());
    assertEquals(231, c.documents());
    assertEquals(Map.of("PER", 1617, "LOC", 1668, "ORG", 1661, "MISC", 702), entityCounts(c));
  }

  @Test
  void conllTrainCounts() {
    ConllCorpus c = iob2.read(TestFiles.sharedCorpus("conll2003").resolve("eng.train"));
    // README: 14,041 sentences, 203,621 tokens, 946 documents
    assertEquals(14041, c.sentences().size());
    assertEquals(203621, c.tokenCount());
    assertEquals(946, c.documents());
    assertEquals(Map.of("PER", 6600, "LOC", 7140, "ORG", 6321, "MISC", 3438), entityCounts(c));
  }

  @Test
  void iob1CopyOfTestaConvertsToTheIob2File() {
    Path dir2003 = TestFiles.sharedCorpus("conll2003");
    ConllCorpus fromIob1 = iob1.read(dir2003.resolve("iob1/eng.testa.gz"));
    ConllCorpus fromIob2 = iob2.read(dir2003.resolve("eng.testa"));
    // README: converted IOB1 -> IOB2 token-for-token identical; 3,250 sentences, 51,362 tokens, 216 docs
    assertEquals(3250, fromIob1.sentences().size());
    assertEquals(51362, fromIob1.tokenCount());
    assertEquals(216, fromIob1.documents());
    assertEquals(fromIob2.sentences().size(), fromIob1.sentences().size());
    for (int i = 0; i < fromIob1.sentences().size(); i++) {
      ConllSentence a = fromIob1.sentences().get(i);
      ConllSentence b = fromIob2.sentences().get(i);
      assertEquals(b.columns(), a.columns(), "sentence " + i + " at line " + a.line());
      assertEquals(b.document(), a.document(), "document of sentence " + i);
    }
  }

  private static Map<String, Integer> entityCounts(ConllCorpus c) {
    Map<String, Integer> m = new HashMap<>();
    for (ConllSentence s : c.sentences()) {
      for (String t : s.tags()) {
        if (t.startsWith("B-")) {
          m.merge(t.substring(2), 1, Integer::sum);
        }
      }
    }
    return m;
  }
}

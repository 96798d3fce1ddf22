package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedPairReaderTest {
  @TempDir Path dir;

  @Test
  void tsvKeepsQuotesAsTextAndIgnoresExtraColumns() {
    Path f =
        TestFiles.write(
            dir,
            "p.tsv",
            "She said goodbye.\tElle a dit \"au revoir\".\n\"Look,\" she said.\tElle a dit : « Regarde. »\tCC-BY\n");
    List<SentencePair> pairs = DelimitedPairReader.read(f, DelimitedPairFormat.tsv());
    assertEquals(
        List.of(
            new SentencePair(1, "She said goodbye.", "Elle a dit \"au revoir\"."),
            new SentencePair(2, "\"Look,\" she said.", "Elle a dit : « Regarde. »")),
        pairs);
  }

  @Test
  void tsvKeepsSurroundingSpaces() {
    Path f = TestFiles.write(dir, "s.tsv", " Go. \tVa !\n");
    assertEquals(List.of(new SentencePair(1, " Go. ", "Va !")), DelimitedPairReader.read(f, DelimitedPairFormat.tsv()));
  }

  @Test
  void csvWithHeaderAndQuotedFieldsChosenByName() {
    Path f =
        TestFiles.write(
            dir,
            "p.csv",
            "id,fr,en\n1,\"Bonjour, toi.\",\"Hello, you.\"\n2,\"Il a dit \"\"oui\"\".\",\"He said \"\"yes\"\".\"\n");
    DelimitedPairFormat fmt =
        DelimitedPairFormat.csv().withHeader(true).withColumns(ColumnRef.name("en"), ColumnRef.name("fr"));
    assertEquals(
        List.of(
            new SentencePair(2, "Hello, you.", "Bonjour, toi."),
            new SentencePair(3, "He said \"yes\".", "Il a dit \"oui\".")),
        DelimitedPairReader.read(f, fmt));
  }

  @Test
  void lastLineWithoutNewline() {
    Path t = TestFiles.write(dir, "n.tsv", "a\tb\nc\td");
    assertEquals(2, DelimitedPairReader.read(t, DelimitedPairFormat.tsv()).size());
    Path c = TestFiles.write(dir, "n.csv", "a,b\nc,\"d\"");
    assertEquals(new SentencePair(2, "c", "d"), DelimitedPairReader.read(c, DelimitedPairFormat.csv()).get(1));
  }

  @Test
  void columnsByIndex() {
    Path f = TestFiles.write(dir, "i.tsv", "x\tb\ta\n");
    DelimitedPairFormat fmt = DelimitedPairFormat.tsv().withColumns(ColumnRef.index(2), ColumnRef.index(0));
    assertEquals(List.of(new SentencePair(1, "a", "x")), DelimitedPairReader.read(f, fmt));
  }

  @Test
  void tooFewColumnsNamesFileAndLine() {
    Path f = TestFiles.write(dir, "bad.tsv", "Go.\tVa !\nRun!\n");
    UserException e =
        assertThrows(UserException.class, () -> DelimitedPairReader.read(f, DelimitedPairFormat.tsv()));
    assertTrue(e.getMessage().startsWith(f + ":2: too few columns: found 1, need at least 2"), e.getMessage());
  }

  @Test
  void exactColumnCountIsCheckedForTatoebaLayout() {
    Path f = TestFiles.write(dir, "three.tsv", "Go.\tVa !\nHi.\tSalut !\tCC-BY 2.0\n");
    UserException e =
        assertThrows(UserException.class, () -> DelimitedPairReader.read(f, DelimitedPairFormat.tatoeba()));
    assertTrue(e.getMessage().startsWith(f + ":2: expected exactly 2 columns, found 3"), e.getMessage());
  }

  @Test
  void unknownHeaderNameIsReported() {
    Path f = TestFiles.write(dir, "h.csv", "en,fr\na,b\n");
    DelimitedPairFormat fmt =
        DelimitedPairFormat.csv().withHeader(true).withColumns(ColumnRef.name("en"), ColumnRef.name("de"));
    UserException e = assertThrows(UserException.class, () -> DelimitedPairReader.read(f, fmt));
    assertTrue(e.getMessage().contains("no column named 'de'"), e.getMessage());
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void emptyFileIsAnError() {
    Path f = TestFiles.write(dir, "empty.tsv", "");
    UserException e =
        assertThrows(UserException.class, () -> DelimitedPairReader.read(f, DelimitedPairFormat.tsv()));
    assertTrue(e.getMessage().contains(f + ": no sentence pairs (empty corpus)"), e.getMessage());
  }

  @Test
  void badUtf8IsReportedWithByteOffset() {
    // bytes: "a\tb\n" (4 bytes) then 0xFF at offset 4
    Path f = TestFiles.writeBytes(dir, "u.tsv", new byte[] {'a', '\t', 'b', '\n', (byte) 0xFF, '\t', 'c', '\n'});
    UserException e =
        assertThrows(UserException.class, () -> DelimitedPairReader.read(f, DelimitedPairFormat.tsv()));
    assertTrue(e.getMessage().contains(f + ": not valid UTF-8 at byte offset 4"), e.getMessage());
  }

  @Test
  void tatoebaFraEngHas142787Pairs() {
    Path f = TestFiles.sharedCorpus("tatoeba-fra-eng").resolve("fra.txt.gz");
    long[] n = {0};
    SentencePair[] quoted = {null};
    DelimitedPairReader.forEach(
        f,
        DelimitedPairFormat.tatoeba(),
        p -> {
          n[0]++;
          if (p.line() == 13720) {
            quoted[0] = p;
          }
        });
    // README: 142,787 pairs; line 13720 found with `zcat fra.txt.gz | grep -n '^She said goodbye'`
    assertEquals(142787, n[0]);
    assertEquals(new SentencePair(13720, "She said goodbye.", "Elle a dit \"au revoir\"."), quoted[0]);
  }
}

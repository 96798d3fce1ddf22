package dev.s2s.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelCorpusTest {
  @TempDir Path dir;

  @Test
  void readsAlignedLinesFromPlainAndGzFiles() {
    TestFiles.write(dir, "train.en", "A man.\nTwo dogs.\n");
    TestFiles.write(dir, "train.de.gz", "Ein Mann.\nZwei Hunde.\n");
    TestFiles.write(dir, "train.fr", "Un homme.\nDeux chiens.");
    ParallelCorpus c = ParallelCorpus.of(dir, "train", "en", List.of("de", "fr"));
    assertEquals("en", c.sourceLang());
    assertEquals(List.of("de", "fr"), c.targetLangs());
    assertEquals(dir.resolve("train.de.gz"), c.files().get("de"));
    List<ParallelExample> all = c.readAll();
    assertEquals(2, all.size());
    assertEquals(new ParallelExample(2, Map.of("en", "Two dogs.", "de", "Zwei Hunde.", "fr", "Deux chiens.")), all.get(1));
    assertEquals(List.of("en", "de", "fr"), List.copyOf(all.get(0).sides().keySet()));
    assertEquals("Ein Mann.", all.get(0).side("de"));
    assertEquals(2, c.countLines());
  }

  @Test
  void differentLineCountsNameBothFilesAndBothCounts() {
    Path en = TestFiles.write(dir, "train.en", "a\nb\nc\n");
    TestFiles.write(dir, "train.de", "a\nb\nc\n");
    Path fr = TestFiles.write(dir, "train.fr", "a\nb\n");
    ParallelCorpus c = ParallelCorpus.of(dir, "train", "en", List.of("de", "fr"));
    UserException e = assertThrows(UserException.class, c::readAll);
    String m = e.getMessage();
    assertTrue(m.contains(en + " has 3 lines"), m);
    assertTrue(m.contains(fr + " has 2 lines"), m);
  }

  @Test
  void longerTargetIsCountedToItsEnd() {
    Path en = TestFiles.write(dir, "x.en", "a\n");
    Path de = TestFiles.write(dir, "x.de", "a\nb\nc\nd\n");
    UserException e =
        assertThrows(UserException.class, () -> ParallelCorpus.of(dir, "x", "en", List.of("de")).countLines());
    assertTrue(e.getMessage().contains(en + " has 1 lines but " + de + " has 4 lines"), e.getMessage());
  }

  @Test
  void emptyCorpusIsAnError() {
    TestFiles.write(dir, "e.en", "");
    TestFiles.write(dir, "e.de", "");
    UserException e =
        assertThrows(UserException.class, () -> ParallelCorpus.of(dir, "e", "en", List.of("de")).readAll());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.resolve("e.en").toString()), e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    TestFiles.write(dir, "m.en", "a\n");
    UserException e =
        assertThrows(UserException.class, () -> ParallelCorpus.of(dir, "m", "en", List.of("de")));
    assertTrue(e.getMessage().contains(dir.resolve("m.de").toString()), e.getMessage());
  }

  @Test
  void multi30kTrainHas29000AlignedLines() {
    Path m30k = TestFiles.sharedCorpus("multi30k");
    ParallelCorpus c = ParallelCorpus.of(m30k, "train", "en", List.of("de", "fr"));
    long n = 0;
    ParallelExample first = null;
    ParallelExample last = null;
    try (ParallelReader r = c.open()) {
      while (r.hasNext()) {
        last = r.next();
        if (first == null) {
          first = last;
        }
        n++;
      }
    }
    // README: 29,000 lines each; first/last lines as printed by zcat | head -1 / tail -1
    assertEquals(29000, n);
    assertEquals(29000, last.line());
    assertEquals("Two young, White males are outside near many bushes.", first.side("en"));
    assertEquals("Zwei junge weiße Männer sind im Freien in der Nähe vieler Büsche.", first.side("de"));
    assertEquals("Deux jeunes hommes blancs sont dehors près de buissons.", first.side("fr"));
    assertTrue(last.side("fr").startsWith("Un homme en short et chemise hawaïenne"), last.side("fr"));
  }

  @Test
  void multi30kValidationAndTestSplitCounts() {
    Path m30k = TestFiles.sharedCorpus("multi30k");
    // README: val 1,014 lines, test_2016_flickr 1,000 lines
    assertEquals(1014, ParallelCorpus.of(m30k, "val", "en", List.of("de", "fr")).countLines());
    assertEquals(1000, ParallelCorpus.of(m30k, "test_2016_flickr", "en", List.of("de", "fr")).countLines());
  }
}

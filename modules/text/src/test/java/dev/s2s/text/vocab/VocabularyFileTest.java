package dev.s2s.text.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.TestFiles;
import dev.s2s.text.corpus.LmTextOptions;
import dev.s2s.text.corpus.LmTextReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyFileTest {
  @TempDir Path dir;

  private static final Vocabulary VOCAB =
      Vocabulary.of(List.of("<pad>", "<unk>", "<s>", "</s>", "Straße", "a"), new long[] {0, 2, 0, 4, 6, 2});

  @Test
  void savesOneTokenAndCountPerLineAndLoadsBack() throws Exception {
    Path f = dir.resolve("model/vocab.txt");
    VOCAB.save(f);
    assertEquals(
        "<pad>\t0\n<unk>\t2\n<s>\t0\n</s>\t4\nStraße\t6\na\t2\n", Files.readString(f, StandardCharsets.UTF_8));
    Vocabulary back = Vocabulary.load(f);
    assertEquals(VOCAB.tokens(), back.tokens());
    assertEquals(6, back.count(4));
    assertTrue(VocabularyFile.load(f).classes().isEmpty());
  }

  @Test
  void savesClassesAsThirdColumn() throws Exception {
    Path f = dir.resolve("vocab.txt");
    WordClasses wc = WordClasses.of(new int[] {1, 0, 1, 0, 0, 1});
    VocabularyFile.save(f, VOCAB, wc);
    assertEquals(
        "<pad>\t0\t1\n<unk>\t2\t0\n<s>\t0\t1\n</s>\t4\t0\nStraße\t6\t0\na\t2\t1\n",
        Files.readString(f, StandardCharsets.UTF_8));
    VocabularyFile.Contents c = VocabularyFile.load(f);
    assertArrayEquals(wc.classOfArray(), c.classes().orElseThrow().classOfArray());
    assertEquals(VOCAB.tokens(), c.vocabulary().tokens());
  }

  @Test
  void duplicateTokenNamesFileAndLine() {
    Path f = TestFiles.write(dir, "v.txt", "<pad>\t0\n<unk>\t0\n<s>\t0\n</s>\t0\nx\t3\nx\t2\n");
    UserException e = assertThrows(UserException.class, () -> VocabularyFile.load(f));
    assertEquals(f + ":6: duplicate token 'x'", e.getMessage());
  }

  @Test
  void missingSpecialNamesFileAndLine() {
    Path f = TestFiles.write(dir, "v.txt", "<pad>\t0\n<s>\t0\n");
    UserException e = assertThrows(UserException.class, () -> VocabularyFile.load(f));
    assertTrue(e.getMessage().startsWith(f + ":2: expected special token '<unk>', found '<s>'"), e.getMessage());
  }

  @Test
  void badCountAndColumnsNameFileAndLine() {
    Path f = TestFiles.write(dir, "v.txt", "<pad>\t0\n<unk>\t-3\n");
    UserException e = assertThrows(UserException.class, () -> VocabularyFile.load(f));
    assertEquals(f + ":2: count must be a non-negative integer, found '-3'", e.getMessage());
    Path g = TestFiles.write(dir, "w.txt", "<pad>\t0\n<unk>\t0\t1\n");
    UserException e2 = assertThrows(UserException.class, () -> VocabularyFile.load(g));
    assertTrue(e2.getMessage().startsWith(g + ":2: expected token<TAB>count (2 fields like line 1), found 3"), e2.getMessage());
  }

  @Test
  void emptyClassIsReported() {
    Path f = TestFiles.write(dir, "v.txt", "<pad>\t0\t0\n<unk>\t0\t0\n<s>\t0\t0\n</s>\t0\t0\nx\t3\t2\n");
    UserException e = assertThrows(UserException.class, () -> VocabularyFile.load(f));
    assertEquals(f + ": bad word classes: word class 1 is empty (classes 0..2)", e.getMessage());
  }

  @Test
  void missingFileIsNamed() {
    Path f = dir.resolve("none.txt");
    UserException e = assertThrows(UserException.class, () -> VocabularyFile.load(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
  }

  @Test
  void ptbTrainVocabularyHas10kEntriesWithEos() {
    Path f = TestFiles.sharedCorpus("ptb").resolve("ptb.train.txt");
    TokenCounts counts = new TokenCounts();
    LmTextReader.forEach(
        f,
        LmTextOptions.standard(),
        l -> {
          counts.addAll(l.tokens());
          counts.add(Vocabulary.EOS);
        });
    Vocabulary v = Vocabulary.build(counts, VocabularyOptions.unlimited());
    // README: 9,999 distinct words including <unk>; + end-of-sentence = 10k. Our layout adds
    // <pad> and <s>: 9,998 ordinary words + 4 specials = 10,002 entries.
    assertEquals(10002, v.size());
    // every token is counted once: 887,521 words + 42,068 end tokens
    long total = 0;
    for (int i = 0; i < v.size(); i++) {
      total += v.count(i);
    }
    assertEquals(887521 + 42068, total);
    assertEquals(42068, v.count(Vocabulary.EOS_ID));
    Path saved = dir.resolve("ptb.vocab");
    WordClasses wc = WordClasses.frequencyBinned(v, 100, ClassBinning.UNIGRAM, null);
    VocabularyFile.save(saved, v, wc);
    VocabularyFile.Contents back = VocabularyFile.load(saved);
    assertEquals(v.tokens(), back.vocabulary().tokens());
    assertArrayEquals(wc.classOfArray(), back.classes().orElseThrow().classOfArray());
  }
}

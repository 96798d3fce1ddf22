package dev.s2s.baselines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.text.conll.TagScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreNlpCrfNerTest {
  private static final CrfTrainingOptions OPTIONS =
      CrfTrainingOptions.defaults().withMaxIterations(60).withThreads(1);

  private static CoreNlpCrfNer model;

  @TempDir Path dir;

  @BeforeAll
  static void trainTinyModel() {
    model = CoreNlpCrfNer.train(TinyNerCorpus.train(), CrfFeatureSet.conll2003(), OPTIONS);
  }

  @Test
  void tagsHeldOutEasySentence() {
    assertEquals(
        List.of(TinyNerCorpus.HELD_OUT_TAGS), model.tag(List.of(TinyNerCorpus.HELD_OUT)));
  }

  @Test
  void tagsTwoTokenEntities() {
    // "Mary Smith" (known first name + known surname) and "New York": B-PER I-PER / B-LOC I-LOC
    List<String> s = List.of("Mary", "Smith", "travelled", "to", "New", "York", ".");
    assertEquals(List.of("B-PER", "I-PER", "O", "O", "B-LOC", "I-LOC", "O"), model.tagSentence(s));
  }

  @Test
  void labelsAreTheTrainingTags() {
    assertEquals(
        List.of("B-LOC", "B-ORG", "B-PER", "I-LOC", "I-ORG", "I-PER", "O"),
        model.labels().stream().sorted().toList());
  }

  @Test
  void emptySentenceGivesNoTags() {
    assertEquals(List.of(List.of()), model.tag(List.of(List.of())));
  }

  @Test
  void saveAndLoadGiveIdenticalTags() throws IOException {
    Path file = dir.resolve("tiny.ser.gz");
    model.save(file);
    CoreNlpCrfNer loaded = CoreNlpCrfNer.load(file);
    List<List<String>> sentences = TinyNerCorpus.train().stream().map(TaggedSentence::tokens).toList();
    List<List<String>> inputs = new java.util.ArrayList<>(sentences);
    inputs.add(TinyNerCorpus.HELD_OUT);
    inputs.add(List.of("Unseen", "words", "near", "Zorbland", "today", "."));
    assertEquals(model.tag(inputs), loaded.tag(inputs));
    try (InputStream in = Files.newInputStream(file)) {
      assertEquals(0x1f, in.read(), "gzip magic byte 1");
      assertEquals(0x8b, in.read(), "gzip magic byte 2");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void taggingDoesNotDependOnWhatWasTaggedBefore() {
    // Known lower-case words are frozen after training, so tagging new lower-case words first
    // must not change the word shapes (and tags) of a later sentence.
    int known = model.knownLowerCaseWords();
    assertTrue(known > 0, "training filled the known lower-case words");
    List<String> probe = List.of("Smith", "said", "peter", "visited", "Madrid", ".");
    List<String> before = model.tagSentence(probe);
    model.tag(List.of(List.of("smith", "madrid", "peter", "visited", "zorbland")));
    assertEquals(known, model.knownLowerCaseWords(), "known lower-case words grew while tagging");
    assertEquals(before, model.tagSentence(probe));
  }

  @Test
  void ioTrainedModelStillReturnsIob2() {
    CoreNlpCrfNer io =
        CoreNlpCrfNer.train(
            TinyNerCorpus.train(), CrfFeatureSet.conll2003(), OPTIONS.withTrainingScheme(TagScheme.IO));
    assertTrue(io.labels().stream().noneMatch(l -> l.startsWith("B-")), "IO labels: " + io.labels());
    assertEquals(List.of(TinyNerCorpus.HELD_OUT_TAGS), io.tag(List.of(TinyNerCorpus.HELD_OUT)));
  }

  @Test
  void iterationCapEndsTrainingWithAUsableModel() {
    CoreNlpCrfNer capped =
        CoreNlpCrfNer.train(TinyNerCorpus.train(), CrfFeatureSet.conll2003(), OPTIONS.withMaxIterations(2));
    assertEquals(1, capped.tag(List.of(TinyNerCorpus.HELD_OUT)).size());
  }

  @Test
  void rejectsTrainingTagsThatAreNotIob2() {
    List<TaggedSentence> bad =
        List.of(new TaggedSentence(List.of("the", "Smith"), List.of("O", "I-PER")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CoreNlpCrfNer.train(bad, CrfFeatureSet.conll2003(), OPTIONS));
    assertTrue(e.getMessage().contains("training sentence 0, token 1"), e.getMessage());
    assertTrue(e.getMessage().contains("I-PER"), e.getMessage());
  }

  @Test
  void rejectsDistsimFeatures() {
    Properties p = CrfFeatureSet.conll2003();
    p.setProperty("useDistSim", "true");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CoreNlpCrfNer.train(TinyNerCorpus.train(), p, OPTIONS));
    assertTrue(e.getMessage().contains("useDistSim"), e.getMessage());
  }

  @Test
  void rejectsEmptyTrainingData() {
    assertThrows(
        IllegalArgumentException.class,
        () -> CoreNlpCrfNer.train(List.of(), CrfFeatureSet.conll2003(), OPTIONS));
  }

  @Test
  void loadingMissingFileIsUserError() {
    Path missing = dir.resolve("nope.ser.gz");
    UserException e = assertThrows(UserException.class, () -> CoreNlpCrfNer.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void loadingNonModelIsUserError() throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "John B-PER\n");
    UserException e = assertThrows(UserException.class, () -> CoreNlpCrfNer.load(text));
    assertTrue(e.getMessage().startsWith(text + ": not a CoreNLP CRF model"), e.getMessage());
  }
}

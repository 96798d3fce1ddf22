package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.run.RunDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerSystemTest {
  @TempDir Path tmp;

  @Test
  void tagsEveryTokenWithATagOfTheModel() {
    NerSystem ner = NerSystem.load(TinyTaggingRun.get());
    List<List<String>> sentences = List.of(List.of("John", "Smith", "works", "in", "London", "."), List.of(), List.of("Acme"));
    List<List<String>> tags = ner.tag(sentences);
    assertEquals(List.of(6, 0, 1), tags.stream().map(List::size).toList());
    List<String> known = List.of("O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER");
    tags.stream().flatMap(List::stream).forEach(t -> assertTrue(known.contains(t), t));
    assertEquals(List.of("LOC", "MISC", "ORG", "PER"), ner.entityTypes());
  }

  @Test
  void aMissingDirectoryIsAUserError() {
    Path missing = tmp.resolve("no-such-run");
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void aRunWithoutTaggerVocabularyNamesTheMissingFile() throws IOException {
    Path copy = copyRun();
    Files.delete(TaggingRunFiles.vocabulary(RunDirectory.of(copy)));
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(copy));
    assertTrue(e.getMessage().contains("holds no tagging model") && e.getMessage().contains("vocab-tagger.txt"), e.getMessage());
  }

  @Test
  void aRunWithoutBestCheckpointNamesTheMissingFile() throws IOException {
    Path copy = copyRun();
    Files.delete(RunDirectory.of(copy).bestCheckpointFile());
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(copy));
    assertTrue(e.getMessage().contains("best.ckpt"), e.getMessage());
  }

  @Test
  void aDirectoryThatIsNoRunNamesTheMissingConfig() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("plain"));
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(dir));
    assertTrue(e.getMessage().contains("config.yaml") && e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void aRunWithItselfTagsAsTheRunAlone() throws IOException {
    List<List<String>> sentences = List.of(List.of("John", "Smith", "works", "in", "London", "."), List.of("Acme"));
    NerSystem pair = NerSystem.load(List.of(TinyTaggingRun.get(), copyRun()));
    assertEquals(NerSystem.load(TinyTaggingRun.get()).tag(sentences), pair.tag(sentences));
    assertEquals(List.of("LOC", "MISC", "ORG", "PER"), pair.entityTypes());
  }

  @Test
  void runsWithOtherTagsCannotTagAsOne() throws IOException {
    Path copy = copyRun();
    Path vocab = TaggingRunFiles.vocabulary(RunDirectory.of(copy));
    String text = Files.readString(vocab);
    String tags = text.lines().filter(l -> l.startsWith("tags ")).findFirst().orElseThrow();
    // the same nine tags in another order: the parameters still fit, the tag ids mean other tags
    List<String> reordered = new java.util.ArrayList<>(List.of(tags.substring("tags ".length()).split(" ")));
    java.util.Collections.reverse(reordered);
    Files.writeString(vocab, text.replace(tags, "tags " + String.join(" ", reordered)));
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(List.of(TinyTaggingRun.get(), copy)));
    assertTrue(e.getMessage().contains(copy.toString()) && e.getMessage().contains(TinyTaggingRun.get().toString())
        && e.getMessage().contains("tags differ"), e.getMessage());
  }

  @Test
  void aCrfAndASoftmaxTaggerCannotTagAsOne() {
    Path softmax = TinyTaggingRun.train(tmp, TinyTaggingRun.yaml("softmax", "batch_size: 32, max_epochs: 1")
        .replace("head: crf", "head: softmax"), false);
    UserException e = assertThrows(UserException.class, () -> NerSystem.load(List.of(TinyTaggingRun.get(), softmax)));
    assertTrue(e.getMessage().contains(softmax.toString()) && e.getMessage().contains("softmax head"), e.getMessage());
  }

  private Path copyRun() throws IOException {
    Path from = TinyTaggingRun.get();
    Path to = tmp.resolve("copy");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}

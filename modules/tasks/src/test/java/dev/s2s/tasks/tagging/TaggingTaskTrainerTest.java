package dev.s2s.tasks.tagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.TextFiles;
import dev.s2s.eval.conll.ConllEval;
import dev.s2s.eval.conll.ConllOptions;
import dev.s2s.experiment.config.ConllData;
import dev.s2s.experiment.config.DataFormat;
import dev.s2s.experiment.config.TagScheme;
import dev.s2s.experiment.run.MetricsLog;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.neural.tagger.TaggedSentence;
import dev.s2s.neural.tagger.TaggerVocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingTaskTrainerTest {
  @TempDir Path tmp;

  @Test
  void trainsIntoTheRunDirectory() {
    RunDirectory dir = RunDirectory.of(TinyTaggingRun.get());
    assertTrue(Files.isRegularFile(dir.bestCheckpointFile()));
    assertTrue(Files.isRegularFile(dir.learningCurveFile()));
    // the sample's train split has the types PER, LOC, ORG, MISC (corpora/README.md)
    TaggerVocab vocab = TaggerVocab.load(TaggingRunFiles.vocabulary(dir));
    assertEquals(List.of("O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER"), vocab.tags().tags());
    // 3 epochs of ceil(300 / 32) = 10 updates each: one row per epoch at updates 10, 20, 30
    MetricsTable metrics = MetricsLog.read(dir.metricsFile());
    assertEquals(List.of("step", "epoch", "wall_seconds", "train_loss", "f1", "precision", "recall", "learning_rate"),
        metrics.columns());
    assertArrayEquals(new double[] {10, 20, 30}, metrics.column("step"));
    assertArrayEquals(new double[] {1, 2, 3}, metrics.column("epoch"));
    // keep_checkpoints 2: the two latest step checkpoints remain
    assertEquals(List.of(dir.checkpointFile(20), dir.checkpointFile(30)), dir.stepCheckpoints());
  }

  @Test
  void writesTheConllevalReportOfTheTestSplit() {
    List<String> report = TextFiles.readLines(TaggingRunFiles.testReport(RunDirectory.of(TinyTaggingRun.get())));
    // ner.test.conll: 346 tokens, 37 entities (corpora/README.md)
    assertTrue(report.get(0).startsWith("processed 346 tokens with 37 phrases; found: "), report.get(0));
    assertTrue(report.get(1).startsWith("accuracy: "), report.get(1));
  }

  @Test
  void documentConsistencyChangesTheTestReportButNotModelSelection() throws IOException {
    // the test split: ner.test.conll and a document whose second sentence repeats a surname alone
    Path test = tmp.resolve("test.conll");
    Files.writeString(test, Files.readString(TinyTaggingRun.sample().resolve("ner.test.conll"))
        + "\n-DOCSTART- O\n\nChairman O\nGeorge B-PER\nFraser I-PER\nsaid O\n. O\n\nFraser B-PER\nresigned O\n. O\n");
    String training = "batch_size: 10, max_epochs: 6, learning_rate: 0.02";
    String yaml = TinyTaggingRun.yaml("c", training)
        .replace(TinyTaggingRun.sample().resolve("ner.test.conll").toString(), test.toString());
    Path plain = TinyTaggingRun.train(tmp.resolve("p"), yaml, false);
    Path consistent = TinyTaggingRun.train(tmp.resolve("c"), yaml + "decoding: {consistency: document}\n", false);
    RunDirectory a = RunDirectory.of(plain);
    RunDirectory b = RunDirectory.of(consistent);
    assertArrayEquals(MetricsLog.read(a.metricsFile()).column("f1"), MetricsLog.read(b.metricsFile()).column("f1"));
    assertArrayEquals(Files.readAllBytes(a.bestCheckpointFile()), Files.readAllBytes(b.bestCheckpointFile()));
    // the expected report: the plain run's tags, made consistent document by document here
    List<List<TaggedSentence>> documents = TaggingCorpus.readDocuments(
        new ConllData(DataFormat.CONLL, test, null, TagScheme.IOB2, 2));
    assertEquals(5, documents.size());
    NerSystem tagger = NerSystem.load(plain);
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (List<TaggedSentence> d : documents) {
      List<List<String>> tokens = d.stream().map(TaggedSentence::tokens).toList();
      predicted.addAll(DocumentConsistency.apply(tokens, tagger.tag(tokens)));
      d.forEach(s -> gold.add(s.tags()));
    }
    String expected = new ConllEval(ConllOptions.defaults()).evaluateTags(gold, predicted).report();
    assertEquals(expected, Files.readString(TaggingRunFiles.testReport(b)));
    // the tiny tagger leaves "Fraser resigned" untagged; the surname rule tags it
    assertNotEquals(expected, Files.readString(TaggingRunFiles.testReport(a)));
  }

  @Test
  void iobesTaggersLearnEndAndSingleTagsAndTagInIob2() throws IOException {
    String yaml = TinyTaggingRun.yaml("e", "batch_size: 10, max_epochs: 6, learning_rate: 0.02")
        .replace("  head: crf\n", "  head: crf\n  tag_format: iobes\n");
    Path run = TinyTaggingRun.train(tmp.resolve("e"), yaml, false);
    TaggerVocab vocab = TaggerVocab.load(TaggingRunFiles.vocabulary(RunDirectory.of(run)));
    assertEquals(List.of("O", "B-LOC", "I-LOC", "E-LOC", "S-LOC", "B-MISC", "I-MISC", "E-MISC", "S-MISC",
        "B-ORG", "I-ORG", "E-ORG", "S-ORG", "B-PER", "I-PER", "E-PER", "S-PER"), vocab.tags().tags());
    List<List<String>> tokens = TaggingCorpus.read(new ConllData(DataFormat.CONLL,
        TinyTaggingRun.sample().resolve("ner.test.conll"), null, TagScheme.IOB2, 2)).stream()
        .map(TaggedSentence::tokens).toList();
    List<String> tags = NerSystem.load(run).tag(tokens).stream().flatMap(List::stream).toList();
    assertTrue(tags.stream().anyMatch(t -> t.startsWith("B-")), "the tiny tagger finds no entity");
    assertTrue(tags.stream().allMatch(t -> t.equals("O") || t.startsWith("B-") || t.startsWith("I-")),
        "tags in IOB2 only: " + tags.stream().distinct().toList());
  }

  @Test
  void resumingContinuesExactlyAsAnUninterruptedRun() throws IOException {
    String two = "batch_size: 100, max_epochs: 2, learning_rate: 0.02";
    Path straight = TinyTaggingRun.train(tmp.resolve("a"), TinyTaggingRun.yaml("r", two), false);
    Path base = tmp.resolve("b");
    TinyTaggingRun.train(base, TinyTaggingRun.yaml("r", "batch_size: 100, max_epochs: 1, learning_rate: 0.02"), false);
    Path resumed = TinyTaggingRun.train(base, TinyTaggingRun.yaml("r", two), true);
    RunDirectory a = RunDirectory.of(straight);
    RunDirectory b = RunDirectory.of(resumed);
    assertArrayEquals(Files.readAllBytes(a.checkpointFile(6)), Files.readAllBytes(b.checkpointFile(6)));
    assertArrayEquals(MetricsLog.read(a.metricsFile()).column("f1"), MetricsLog.read(b.metricsFile()).column("f1"));
  }

  @Test
  void word2vecVectorsStartTheEmbeddingsOfTrainingAndTextOnlyWords() throws IOException {
    Path plain = zorblatText();
    RunDirectory dir = trainWithWord2Vec("{format: plain, file: " + plain + "}");
    TaggerVocab vocab = TaggerVocab.load(TaggingRunFiles.vocabulary(dir));
    assertTrue(vocab.words().contains("zorblat"), "a word of the text only joins the vocabulary");
    String log = Files.readString(dir.dir().resolve("train.log"));
    assertTrue(log.contains("word2vec: 8-d vectors for 7 words from " + plain + " (280 tokens, 2 epochs)"), log);
    assertTrue(log.matches("(?s).*word2vec: [1-7] of the tagger's \\d+ words start from their word2vec vector.*"), log);
  }

  @Test
  void word2vecReadsEveryTextOfAListAndTheWordColumnOfConllFiles() throws IOException {
    Path plain = zorblatText();
    // 5 two-token sentences: "quux" and "blorp" reach min_freq 5; their tags are ignored
    Path conll = Files.writeString(tmp.resolve("labelled.conll"), "quux B-PER\nblorp O\n\n".repeat(5));
    RunDirectory dir = trainWithWord2Vec("[{format: plain, file: " + plain + "}, {format: conll, file: " + conll
        + ", columns: 2}]");
    TaggerVocab vocab = TaggerVocab.load(TaggingRunFiles.vocabulary(dir));
    assertTrue(vocab.words().containsAll(List.of("zorblat", "blorp")), "words of both texts join the vocabulary");
    String log = Files.readString(dir.dir().resolve("train.log"));
    // 7 + 2 words, 40 * 7 + 5 * 2 tokens
    assertTrue(log.contains("word2vec: 8-d vectors for 9 words from " + plain + ", " + conll + " (290 tokens, 2 epochs)"),
        log);
  }

  /** Unlabelled text with a word that never occurs in the labelled sample ("zorblat"): 40 lines of 7 tokens. */
  private Path zorblatText() throws IOException {
    return Files.writeString(tmp.resolve("unlabelled.txt"), "the zorblat met Smith in London .\n".repeat(40));
  }

  private RunDirectory trainWithWord2Vec(String text) {
    String yaml = TinyTaggingRun.yaml("w2v", "batch_size: 100, max_epochs: 1, learning_rate: 0.02")
        .replace("  head: crf\n", "  head: crf\n  word2vec: {text: " + text + ", min_freq: 5, epochs: 2}\n");
    return RunDirectory.of(TinyTaggingRun.train(tmp.resolve("w"), yaml, false));
  }
}

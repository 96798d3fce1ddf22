package dev.s2s.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.tagger.TaggerModel;
import dev.s2s.neural.tagger.TaggerVocab;
import dev.s2s.tasks.tagging.TaggerArchitecture;
import dev.s2s.tasks.tagging.TaggerVocabularyBuilder;
import dev.s2s.tasks.tagging.TaggingCorpus;
import dev.s2s.tasks.tagging.TaggingRunFiles;
import dev.s2s.tasks.tagging.TaggingTaskTrainer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code s2s tag} on a run directory holding an untrained tagger (random parameters with seed 3:
 * its tags are arbitrary but fixed, so it finds entities of every shape, which is what the offset
 * and format checks need).
 */
class TagCommandTest {
  @TempDir static Path shared;
  static Path run;
  static Path otherRun;
  static Path docs;

  static final String DOC_A = "Mary  Jones, the chief of Acme Corp, arrived in São Paulo on Monday.\n"
      + "She met   Zoë Müller\nat the museum!\n\n\nAnalysts in New York said the move was good. 日本 too.\n";
  static final String DOC_B = "John Smith works for Acme Corp in London.";

  @BeforeAll
  static void untrainedRuns() throws IOException {
    run = untrainedRun("tiny", 3);
    otherRun = untrainedRun("tiny-other", 4);
    docs = Files.createDirectories(shared.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), DOC_A);
    Files.writeString(docs.resolve("b.txt"), DOC_B);
  }

  /** A run directory named {@code name} holding an untrained tagger with {@code seed}. */
  private static Path untrainedRun(String name, long seed) throws IOException {
    Path sample = sample();
    Path yaml = shared.resolve(name + ".yaml");
    Files.writeString(yaml, "name: " + name + "\nseed: " + seed + "\ntagging:\n"
        + "  train: {format: conll, file: " + sample.resolve("ner.train.conll") + ", columns: 2}\n"
        + "model: {embedding: 8, hidden: 8}\ntraining: {batch_size: 16}\n");
    ExperimentConfig config = ExperimentConfig.load(yaml, shared);
    try (TrainingRun r = TrainingRun.start(shared.resolve("runs"), config, StartMode.FRESH)) {
      TaggerVocab vocab = TaggerVocabularyBuilder.build(
          TaggingCorpus.read(config.tagging().train()), config.vocab(), false);
      vocab.save(TaggingRunFiles.vocabulary(r.directory()));
      new TaggerModel(TaggerArchitecture.of(config), vocab, TaggingTaskTrainer.DATA_TYPE, config.seed())
          .params().save(r.directory().bestCheckpointFile());
      r.complete();
      return r.directory().dir();
    }
  }

  static Path sample() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("corpora/sample/ner.train.conll"))) {
        return p.resolve("corpora/sample");
      }
    }
    throw new IllegalStateException("corpora/sample not found");
  }

  private static CliRun tag(String... args) {
    return CliRun.run(new TagCommand(), args);
  }

  @Test
  void jsonEntitiesAreExactSubstringsOfTheOriginalDocuments() throws IOException {
    CliRun r = tag("--model", run.toString(), "--format", "json", docs.toString());
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    ObjectMapper mapper = new ObjectMapper();
    int entities = 0;
    for (String line : lines) {
      JsonNode doc = mapper.readTree(line);
      String text = Files.readString(Path.of(doc.get("name").asText()));
      assertEquals(text.length(), doc.get("length").asInt());
      for (JsonNode e : doc.get("entities")) {
        assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()), e.toString());
        entities++;
      }
      for (JsonNode s : doc.get("sentences")) {
        for (JsonNode t : s.get("tokens")) {
          assertEquals(t.get("text").asText(), text.substring(t.get("start").asInt(), t.get("end").asInt()));
        }
      }
    }
    assertTrue(entities > 0, "the fixture model should find some entities");
    assertTrue(lines[0].contains("\"name\":\"" + docs.resolve("a.txt")), "sorted directory order: a.txt first");
  }

  @Test
  void tsvHasHeaderAndRowsMatchingTheDocument() throws IOException {
    CliRun r = tag("--model", run.toString(), "--format", "tsv", docs.resolve("a.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    List<CSVRecord> rows;
    try (CSVParser p = CSVParser.parse(new StringReader(r.out()), CSVFormat.TDF)) {
      rows = p.getRecords();
    }
    assertEquals(List.of("document", "sentence", "start", "end", "type", "text"), rows.get(0).toList());
    assertTrue(rows.size() > 1, r.out());
    for (CSVRecord row : rows.subList(1, rows.size())) {
      assertEquals(row.get(5), DOC_A.substring(Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3))));
    }
  }

  @Test
  void inlineIsTheOriginalTextWithBrackets() {
    CliRun r = tag("--model", run.toString(), "--format", "inline", docs.resolve("b.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("["), r.out());
    String unbracketed = r.out().replaceAll("\\[[A-Z]+ ", "").replace("]", "");
    assertEquals(DOC_B + "\n", unbracketed);
  }

  @Test
  void severalModelsTagAsOneEnsemble() {
    String doc = docs.resolve("a.txt").toString();
    CliRun alone = tag("--model", run.toString(), doc);
    // the mean of a tagger's scores with themselves is its scores: the same tags
    CliRun twice = tag("--model", run.toString(), "--model", run.toString(), doc);
    assertEquals(0, twice.exitCode(), twice.err());
    assertEquals(alone.out(), twice.out());
    CliRun pair = tag("--model", run.toString(), "--model", otherRun.toString(), doc);
    assertEquals(0, pair.exitCode(), pair.err());
    assertEquals(alone.out().lines().count(), pair.out().lines().count());
  }

  @Test
  void anEnsembleMemberWithoutTaggerIsAUserError() throws IOException {
    Path translation = TinyRuns.translationRun();
    CliRun r = tag("--model", run.toString(), "--model", translation.toString(), docs.resolve("b.txt").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains(translation.toString()) && r.err().contains("no tagging model"), r.err());
  }

  @Test
  void consistencyIsNoneOrDocument() {
    CliRun doc = tag("--model", run.toString(), "--consistency", "document", docs.resolve("b.txt").toString());
    assertEquals(0, doc.exitCode(), doc.err());
    CliRun bad = tag("--model", run.toString(), "--consistency", "strict", docs.resolve("b.txt").toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("--consistency") && bad.err().contains("'strict'")
        && bad.err().contains("one of: none, document"), bad.err());
  }

  @Test
  void conllPrintsTokensAndTagsPerDocument() {
    CliRun r = tag("--model", run.toString(), docs.resolve("b.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("# doc: " + docs.resolve("b.txt"), lines.get(0));
    // "John Smith works for Acme Corp in London ." : 9 tokens, then a blank line
    assertEquals(11, lines.size());
    assertTrue(lines.get(1).matches("John\t(O|[BI]-(PER|LOC|ORG|MISC))"), lines.get(1));
    assertEquals("", lines.get(10));
  }

  @Test
  void readsStandardInputWhenNoFileIsGiven() {
    TagCommand cmd = new TagCommand();
    cmd.stdin = CliRun.stdin(DOC_B);
    CliRun r = CliRun.run(cmd, "--model", run.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("# doc: stdin\nJohn\t"), r.out());
  }

  @Test
  void aBinaryFileIsSkippedTheRestTaggedAndTheExitStatusIs2() throws IOException {
    Path dir = Files.createDirectories(shared.resolve("mixed"));
    Files.writeString(dir.resolve("1.txt"), DOC_B);
    Files.write(dir.resolve("2.bin"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2});
    Files.writeString(dir.resolve("3.txt"), "Ann went to Paris.");
    CliRun r = tag("--model", run.toString(), "--format", "conll", dir.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("skipped " + dir.resolve("2.bin") + ": binary file (NUL byte at byte offset 4)"), r.err());
    assertTrue(r.out().contains("# doc: " + dir.resolve("1.txt")), r.out());
    assertTrue(r.out().contains("# doc: " + dir.resolve("3.txt") + "\nAnn\t"), r.out());
    assertFalse(r.out().contains("2.bin"));
  }

  @Test
  void anEmptyDocumentIsSkippedWithAMessage() throws IOException {
    Path empty = shared.resolve("empty.txt");
    Files.writeString(empty, "\n \n");
    CliRun r = tag("--model", run.toString(), empty.toString(), docs.resolve("b.txt").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("skipped " + empty + ": empty document"), r.err());
    assertTrue(r.out().startsWith("# doc: " + docs.resolve("b.txt")), r.out());
  }

  @Test
  void aMissingModelDirectoryIsAUserError() {
    Path missing = shared.resolve("runs/nothing");
    CliRun r = tag("--model", missing.toString(), docs.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("run directory " + missing + " not found"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void anUnknownFormatIsAUserError() {
    CliRun r = tag("--model", run.toString(), "--format", "xml", docs.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown format 'xml'"), r.err());
  }

  @Test
  void conllInputGetsTheTagAppended() throws IOException {
    Path conll = shared.resolve("in.conll");
    Files.writeString(conll, "-DOCSTART- O\n\nJohn B-PER\nSmith I-PER\n\nHi O\n", StandardCharsets.UTF_8);
    CliRun r = tag("--model", run.toString(), "--conll-input", conll.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(6, lines.size());
    assertEquals("-DOCSTART- O O", lines.get(0));
    assertTrue(lines.get(2).matches("John B-PER (O|[BI]-(PER|LOC|ORG|MISC))"), lines.get(2));
    assertTrue(lines.get(5).startsWith("Hi O "), lines.get(5));
  }

  @Test
  void writesTheOutputFileWithDashO() throws IOException {
    Path out = shared.resolve("out.tsv");
    CliRun r = tag("--model", run.toString(), "--format", "tsv", "-o", out.toString(), docs.resolve("b.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out).startsWith("document\tsentence\tstart\tend\ttype\ttext\n"));
  }
}

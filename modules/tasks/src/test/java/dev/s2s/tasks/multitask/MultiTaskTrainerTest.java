package dev.s2s.tasks.multitask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.TrainingRun;
import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.neural.train.Checkpoint;
import dev.s2s.tasks.TaskTrainer;
import dev.s2s.tasks.Trainers;
import dev.s2s.tasks.translation.NeuralTranslationSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class MultiTaskTrainerTest {
  @TempDir static Path tmp;
  private static MultiTaskFixture fixture;
  private static Path trainedRun;

  /** Trains the tiny multi-task model once (30 updates, validation every 15) through Trainers. */
  @BeforeAll
  static void trainOnce() throws IOException {
    fixture = new MultiTaskFixture(tmp.resolve("main"));
    ExperimentConfig cfg = fixture.config(MultiTaskFixture.yaml("tiny-mt", 7, "crf", "max_steps: 30, validate_every: 15"));
    try (TrainingRun run = fixture.start(cfg)) {
      Trainers.trainAll(run, false);
      trainedRun = run.directory().dir();
    }
  }

  @Test
  void configWithBothTasksGetsTheMultiTaskTrainerOnly() throws IOException {
    ExperimentConfig cfg = fixture.config(MultiTaskFixture.yaml("dispatch", 7, "crf", "max_steps: 1"));
    List<TaskTrainer> trainers = Trainers.forConfig(cfg);
    assertEquals(1, trainers.size());
    assertInstanceOf(MultiTaskTrainer.class, trainers.get(0));
  }

  @Test
  void runDirectoryHoldsVocabulariesCheckpointsMetricsAndTestReports() throws IOException {
    RunDirectory dir = RunDirectory.of(trainedRun);
    for (String name : List.of("en", "de", "fr", "tags")) {
      assertTrue(Files.isRegularFile(dir.vocabularyFile(name)), name);
    }
    // the sample NER set has PER, ORG, LOC and MISC entities: O + B/I per type, sorted by type
    assertEquals(List.of("O", "B-LOC", "I-LOC", "B-MISC", "I-MISC", "B-ORG", "I-ORG", "B-PER", "I-PER"),
        MultiTaskVocabularies.loadTags(dir).tags());
    assertTrue(Files.isRegularFile(MultiTaskRunFiles.bestAll(dir)));
    assertTrue(Files.isRegularFile(MultiTaskRunFiles.last(dir)));
    MetricsTable metrics = dir.metrics();
    // validations after updates 15 and 30
    assertEquals(2, metrics.rows().size());
    assertTrue(metrics.has("bleu") && metrics.has("f1") && metrics.has("bleu_de") && metrics.has("bleu_fr"));
    assertArrayEquals(new double[] {15, 30}, metrics.column("step"));
    String scores = Files.readString(MultiTaskRunFiles.testScores(dir));
    assertTrue(scores.contains("en->de") && scores.contains("en->fr") && scores.contains("chrF2"), scores);
    String tagging = Files.readString(MultiTaskRunFiles.testTagging(dir));
    assertTrue(tagging.contains("accuracy") && tagging.contains("FB1"), tagging);
    assertTrue(Files.isRegularFile(dir.learningCurveFile()));
  }

  @Test
  void runDirectoryLoadsAsTranslator() {
    NeuralTranslationSystem system = NeuralTranslationSystem.load(trainedRun);
    assertEquals(List.of("de", "fr"), system.targetLanguages().stream().sorted().toList());
    List<String> out = system.translate(List.of("John works in London .", ""), "fr");
    assertEquals(2, out.size());
    assertEquals("", out.get(1));
  }

  @Test
  void bestTranslationCheckpointIsTheSeq2SeqPartOfTheBestModel() {
    RunDirectory dir = RunDirectory.of(trainedRun);
    ExperimentConfig cfg = dir.config();
    MultiTaskModel model = MultiTaskModel.create(
        cfg, MultiTaskVocabularies.load(cfg.translation(), dir), MultiTaskVocabularies.loadTags(dir));
    model.params().load(MultiTaskRunFiles.bestAll(dir));
    Map<String, INDArray> all = snapshot(model.params());
    assertTrue(all.keySet().stream().anyMatch(n -> n.startsWith("tagger.head.")), all.keySet().toString());
    model.translation().params().list().forEach(p -> p.value().assign(0));
    // strict load: the file must hold exactly the seq2seq parameter names
    Checkpoint.loadParams(dir.bestCheckpointFile(), model.translation().params());
    for (Param p : model.translation().params().list()) {
      assertEquals(all.get(p.name()), p.value(), p.name());
    }
  }

  @Test
  void runDirectoryLoadsAsTagger() {
    MultiTaskTagger tagger = MultiTaskTagger.load(trainedRun);
    List<List<String>> sentences = List.of(
        List.of("John", "Smith", "works", "for", "Acme", "Corp", "in", "London", "."), List.of(), List.of("Hello"));
    List<List<String>> tags = tagger.tag(sentences);
    assertEquals(3, tags.size());
    EntityTagSet set = EntityTagSet.of(tagger.tagSet());
    for (int i = 0; i < sentences.size(); i++) {
      assertEquals(sentences.get(i).size(), tags.get(i).size());
      int[] ids = tags.get(i).stream().mapToInt(set::indexOf).toArray();
      assertTrue(set.isValid(ids), "CRF output must be valid IOB2: " + tags.get(i));
    }
  }

  @Test
  void iobesTagFormatGivesTheTaggingTargetsEndAndSingleTags() throws IOException {
    MultiTaskFixture f = new MultiTaskFixture(tmp.resolve("iobes"));
    ExperimentConfig cfg = f.config(MultiTaskFixture.yaml("iobes", 7, "crf\n  tag_format: iobes", "max_steps: 1"));
    try (TrainingRun run = f.start(cfg)) {
      MultiTaskTrainer.Prepared p = new MultiTaskTrainer().prepare(run, false);
      assertEquals(EntityTagSet.Format.IOBES, p.tags().format());
      List<String> targets = task(p, TrainingTask.TAGGING).data().stream()
          .flatMapToInt(pair -> java.util.Arrays.stream(pair.target())).mapToObj(p.tags()::tag).distinct().toList();
      assertTrue(targets.stream().anyMatch(t -> t.startsWith("S-")) && targets.stream().anyMatch(t -> t.startsWith("E-")),
          targets.toString());
      run.complete();
    }
  }

  @Test
  void taggerRefusesARunWithoutTagging() throws IOException {
    MultiTaskFixture f = new MultiTaskFixture(tmp.resolve("no-tagging"));
    String yaml = MultiTaskFixture.yaml("translation-only", 7, "crf", "max_steps: 1");
    ExperimentConfig cfg = f.config(yaml.substring(0, yaml.indexOf("tagging:")) + yaml.substring(yaml.indexOf("model:")));
    Path dir;
    try (TrainingRun run = f.start(cfg)) {
      run.complete();
      dir = run.directory().dir();
    }
    UserException e = assertThrows(UserException.class, () -> MultiTaskTagger.load(dir));
    assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("'tagging'"), e.getMessage());
  }

  @Test
  void eachTaskUpdatesTheSharedEncoderAndOnlyItsOwnHead() throws IOException {
    MultiTaskFixture f = new MultiTaskFixture(tmp.resolve("grads"));
    ExperimentConfig cfg = f.config(MultiTaskFixture.yaml("grads", 7, "softmax", "max_steps: 10"));
    try (TrainingRun run = f.start(cfg)) {
      MultiTaskTrainer.Prepared p = new MultiTaskTrainer().prepare(run, false);
      TrainingTask tagging = task(p, "tagging");
      TrainingTask de = task(p, "translation.de");
      p.loop().step(de); // gives the de decoder Adam momentum that a tagging step must not apply
      p.loop().step(tagging);

      Map<String, INDArray> before = snapshot(p.model().params());
      p.loop().step(tagging);
      assertChanged(before, p.model().params(), "encoder.", true);
      assertChanged(before, p.model().params(), "tagger.head.", true);
      assertChanged(before, p.model().params(), "decoder.de.", false);
      assertChanged(before, p.model().params(), "decoder.fr.", false);

      before = snapshot(p.model().params());
      p.loop().step(de);
      assertChanged(before, p.model().params(), "encoder.", true);
      assertChanged(before, p.model().params(), "decoder.de.", true);
      assertChanged(before, p.model().params(), "tagger.head.", false);
      assertChanged(before, p.model().params(), "decoder.fr.", false);
      run.complete();
    }
  }

  @Test
  void sameSeedGivesIdenticalParametersAndAnotherSeedDoesNot() throws IOException {
    Map<String, INDArray> a = trainBriefly("det-a", 5);
    Map<String, INDArray> b = trainBriefly("det-b", 5);
    Map<String, INDArray> c = trainBriefly("det-c", 6);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertEquals(a.get(name), b.get(name), name);
    }
    assertTrue(a.keySet().stream().anyMatch(n -> !a.get(n).equals(c.get(n))), "seed 6 should differ from seed 5");
  }

  /** 12 updates (both tasks sampled), then the parameters. */
  private static Map<String, INDArray> trainBriefly(String name, long seed) throws IOException {
    MultiTaskFixture f = new MultiTaskFixture(tmp.resolve(name));
    ExperimentConfig cfg = f.config(MultiTaskFixture.yaml(name, seed, "crf", "max_steps: 12, validate_every: 1000"));
    try (TrainingRun run = f.start(cfg)) {
      MultiTaskTrainer.Prepared p = new MultiTaskTrainer().prepare(run, false);
      List<String> sampled = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        TrainingTask t = p.loop().sampleTask();
        sampled.add(t.name());
        p.loop().step(t);
      }
      assertTrue(sampled.contains("tagging") && sampled.stream().anyMatch(s -> s.startsWith("translation.")), sampled.toString());
      run.complete();
      return snapshot(p.model().params());
    }
  }

  private static TrainingTask task(MultiTaskTrainer.Prepared p, String name) {
    return p.loop().tasks().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static Map<String, INDArray> snapshot(ParamSet params) {
    Map<String, INDArray> m = new LinkedHashMap<>();
    for (Param p : params.list()) {
      m.put(p.name(), p.value().dup());
    }
    return m;
  }

  private static void assertChanged(Map<String, INDArray> before, ParamSet after, String prefix, boolean changed) {
    boolean any = false;
    int count = 0;
    for (Param p : after.list()) {
      if (p.name().startsWith(prefix)) {
        count++;
        any |= !before.get(p.name()).equals(p.value());
      }
    }
    assertTrue(count > 0, "no parameters named " + prefix + "*");
    assertEquals(changed, any, prefix + "* " + (changed ? "should have changed" : "should not have changed"));
  }
}

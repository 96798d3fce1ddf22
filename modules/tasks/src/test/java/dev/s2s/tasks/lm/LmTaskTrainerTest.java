package dev.s2s.tasks.lm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.common.UserException;
import dev.s2s.experiment.config.ExperimentConfig;
import dev.s2s.experiment.run.MetricsTable;
import dev.s2s.experiment.run.RunDirectory;
import dev.s2s.experiment.run.StartMode;
import dev.s2s.neural.nn.ClassBasedSoftmax;
import dev.s2s.neural.nn.ParamSet;
import dev.s2s.text.vocab.ClassBinning;
import dev.s2s.text.vocab.VocabularyFile;
import dev.s2s.text.vocab.WordClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class LmTaskTrainerTest {
  @TempDir Path tmp;

  private static final String NGRAM_YAML = "name: uni\nseed: 1\nlm:\n  kind: ngram\n  order: 1\n  smoothing: add-k\n"
      + "  train: {format: plain, file: train.txt}\n  dev: {format: plain, file: dev.txt}\n"
      + "  test: {format: plain, file: test.txt}\n";

  @Test
  void ngramRunGivesHandDerivedAddOnePerplexities() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.text("train.txt", "a b\na\n");
    f.text("dev.txt", "b\n");
    f.text("test.txt", "a z\n");
    RunDirectory dir = f.train(f.config(NGRAM_YAML), StartMode.FRESH);
    // Add-one unigrams: counts a=2, b=1, </s>=2 (N = 5); |V| = {<unk>, </s>, a, b} = 4 (no <s>).
    // p(a) = 3/9, p(b) = 2/9, p(</s>) = 3/9, p(<unk>) = 1/9.
    // dev "b": b, </s> -> PPL = (9/2 * 9/3)^(1/2) = sqrt(13.5) = 3.674235
    // test "a z": a, <unk> (z is an OOV, counted), </s> -> PPL = (3 * 9 * 3)^(1/3) = 81^(1/3) = 4.326749
    assertTrue(Files.isRegularFile(LmRunFiles.arpa(dir)));
    MetricsTable m = dir.metrics();
    assertEquals(3.674235, m.column("dev_perplexity")[0], 1e-5);
    String test = Files.readString(LmRunFiles.testPerplexity(dir));
    assertTrue(test.contains("perplexity: 4.3267"), test);
    assertTrue(test.contains("tokens: 3"), test);
    assertTrue(test.contains("oovs: 1"), test);
    RunLanguageModel lm = RunLanguageModel.load(dir.dir(), "test");
    assertEquals(Math.cbrt(81), lm.score(List.of(List.of("a", "z"))).perplexity(), 1e-4);
  }

  @Test
  void addKTakesItsKFromTheConfig() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.text("train.txt", "a b\na\n");
    f.text("dev.txt", "b\n");
    f.text("test.txt", "a z\n");
    RunDirectory dir = f.train(f.config(NGRAM_YAML.replace("smoothing: add-k\n", "smoothing: add-k\n  k: 0.5\n")),
        StartMode.FRESH);
    // Add-0.5 unigrams: counts a=2, b=1, </s>=2 (N = 5), |V| = 4: denominator 5 + 0.5 * 4 = 7.
    // p(b) = 1.5/7, p(</s>) = 2.5/7; dev "b": PPL = (7/1.5 * 7/2.5)^(1/2) = sqrt(13.0667) = 3.614784
    assertEquals(3.614784, dir.metrics().column("dev_perplexity")[0], 1e-5);
  }

  @Test
  void rnnRunLearnsARepetitiveTextAndRoundTrips() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.cycles(24, 10, 10);
    RunDirectory dir = f.train(f.config(LmRunFixture.rnnYaml("tiny-rnn", "lstm", "softmax", 0, "")), StartMode.FRESH);
    double[] dev = dir.metrics().column("dev_perplexity");
    assertTrue(dev.length >= 2, "one row per epoch");
    // Uniform over the 9 vocabulary entries would be 9; the cycle is deterministic except "c" -> d or </s>
    // (2 of 10 predictions are 50/50 without memory of the previous line: 2^(2/10) = 1.149).
    assertTrue(dev[dev.length - 1] < dev[0], "dev perplexity must fall: " + java.util.Arrays.toString(dev));
    double test = testPerplexity(dir);
    assertTrue(test < 1.6, "test perplexity " + test);
    assertTrue(Files.isRegularFile(dir.learningCurveFile()));
    assertTrue(Files.isRegularFile(dir.bestCheckpointFile()));
    // round trip: the run directory alone reproduces the test perplexity
    RunLanguageModel lm = RunLanguageModel.load(dir.dir(), "test");
    List<List<String>> sentences = LmText.read(tmp.resolve("test.txt"), "test");
    assertEquals(test, lm.score(sentences).perplexity(), 1e-3);
    // all-unknown text: a clear user error, no NaN
    UserException e = assertThrows(UserException.class, () -> lm.score(List.of(List.of("x", "y"))));
    assertTrue(e.getMessage().contains("all 2 words are outside the model's vocabulary"), e.getMessage());
    assertFalse(e.getMessage().contains("NaN"));
  }

  @Test
  void classOutputUsesFrequencyBinnedClassesSavedWithTheVocabulary() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.cycles(24, 10, 10);
    RunDirectory dir = f.train(f.config(LmRunFixture.rnnYaml("tiny-class", "gru", "class", 3, "")), StartMode.FRESH);
    VocabularyFile.Contents v = VocabularyFile.load(LmRunFiles.vocabulary(dir));
    assertTrue(v.classes().isPresent());
    WordClasses expected = WordClasses.frequencyBinned(v.vocabulary(), 3, ClassBinning.SQRT, null);
    assertArrayEquals(expected.classOfArray(), v.classes().get().classOfArray());
    TrainedRnnLm lm = TrainedRnnLm.load(dir, "test");
    assertInstanceOf(ClassBasedSoftmax.class, lm.model().output());
    assertTrue(testPerplexity(dir) < 1.6, "test perplexity " + testPerplexity(dir));
  }

  @ParameterizedTest
  @CsvSource({"adam, 0", "sgd, 0", "sgd, 2"})
  void resumeContinuesExactly(String optimizer, int decayAfterEpoch) throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.cycles(24, 4, 4);
    // 5 segments per epoch (4 streams of 30 tokens, BPTT 6): validations end epochs 1-4 and the
    // first run stops at the end of epoch 2; with after_epoch 2 the rate halves from epoch 3 on
    String half = "  max_steps: 10\n  validate_every: 5\n  optimizer: " + optimizer + "\n";
    String full = "  max_steps: 20\n  validate_every: 5\n  optimizer: " + optimizer + "\n";
    String decay = "lr_decay: {factor: 0.5, patience: 1, after_epoch: " + decayAfterEpoch + "}";
    // dropout on: its masks must also continue exactly
    String a = LmRunFixture.rnnYaml("resumed", "lstm", "softmax", 0, half).replace("dropout: 0.0", "dropout: 0.3")
        .replace("lr_decay: {factor: 0.5, patience: 1}", decay);
    String b = LmRunFixture.rnnYaml("resumed", "lstm", "softmax", 0, full).replace("dropout: 0.0", "dropout: 0.3")
        .replace("lr_decay: {factor: 0.5, patience: 1}", decay);
    String c = LmRunFixture.rnnYaml("straight", "lstm", "softmax", 0, full).replace("dropout: 0.0", "dropout: 0.3")
        .replace("lr_decay: {factor: 0.5, patience: 1}", decay);
    f.train(f.config(a), StartMode.FRESH);
    RunDirectory resumed = f.train(f.config(b), StartMode.RESUME);
    RunDirectory straight = f.train(f.config(c), StartMode.FRESH);
    assertArrayEquals(straight.metrics().column("dev_perplexity"), resumed.metrics().column("dev_perplexity"));
    assertArrayEquals(straight.metrics().column("learning_rate"), resumed.metrics().column("learning_rate"));
    if (decayAfterEpoch > 0) {
      // each row carries the rate its epoch trained with: 0.03 in epochs 1 and 2, then halved per epoch
      assertArrayEquals(new double[] {0.03, 0.03, 0.015, 0.0075}, straight.metrics().column("learning_rate"), 1e-12);
    }
    ExperimentConfig cfg = straight.config();
    TrainedRnnLm s = TrainedRnnLm.load(straight, "test");
    TrainedRnnLm r = TrainedRnnLm.load(resumed, "test");
    assertEquals(cfg.training().maxSteps(), RunDirectory.stepOf(straight.latestCheckpoint().orElseThrow()));
    ParamSet ps = s.model().params();
    LmCheckpoint.loadParams(straight.latestCheckpoint().orElseThrow(), ps);
    ParamSet pr = r.model().params();
    LmCheckpoint.loadParams(resumed.latestCheckpoint().orElseThrow(), pr);
    for (var p : ps.list()) {
      INDArray other = pr.get(p.name()).value();
      assertEquals(p.value(), other, p.name());
    }
  }

  @Test
  void sgdRunLearnsTheRepetitiveText() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.cycles(24, 10, 10);
    String yaml = LmRunFixture.rnnYaml("tiny-sgd", "lstm", "softmax", 0, "  optimizer: sgd\n")
        .replace("learning_rate: 0.03", "learning_rate: 2.0").replace("max_epochs: 8", "max_epochs: 20");
    RunDirectory dir = f.train(f.config(yaml), StartMode.FRESH);
    // as in rnnRunLearnsARepetitiveTextAndRoundTrips: uniform would be 9, the floor 1.149
    double test = testPerplexity(dir);
    assertTrue(test < 1.6, "test perplexity " + test);
  }

  @Test
  void resumingWithAnotherOptimizerNamesTheCheckpointAndBoth() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.cycles(24, 4, 4);
    f.train(f.config(LmRunFixture.rnnYaml("switch", "gru", "softmax", 0, "  max_steps: 5\n")), StartMode.FRESH);
    String sgd = LmRunFixture.rnnYaml("switch", "gru", "softmax", 0, "  max_steps: 10\n  optimizer: sgd\n");
    UserException e = assertThrows(UserException.class, () -> f.train(f.config(sgd), StartMode.RESUME));
    assertTrue(e.getMessage().contains("step-0000000005.ckpt: written with training.optimizer 'adam', but the config says 'sgd'"),
        e.getMessage());
  }

  @Test
  void emptyTrainingTextIsAUserError() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.text("train.txt", "\n   \n");
    f.text("dev.txt", "a\n");
    f.text("test.txt", "a\n");
    ExperimentConfig c = f.config(LmRunFixture.rnnYaml("empty", "rnn", "softmax", 0, ""));
    UserException e = assertThrows(UserException.class, () -> f.train(c, StartMode.FRESH));
    assertTrue(e.getMessage().contains("lm.train") && e.getMessage().contains("train.txt")
        && e.getMessage().contains("no tokens"), e.getMessage());
  }

  @Test
  void allUnknownTestSetIsAUserErrorWithoutNaN() throws Exception {
    LmRunFixture f = new LmRunFixture(tmp);
    f.text("train.txt", "a b\na\n");
    f.text("dev.txt", "b\n");
    f.text("test.txt", "x y z\n");
    UserException e = assertThrows(UserException.class, () -> f.train(f.config(NGRAM_YAML), StartMode.FRESH));
    assertTrue(e.getMessage().contains("test.txt"), e.getMessage());
    assertFalse(e.getMessage().contains("NaN"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("runs/uni/test-perplexity.txt")));
  }

  private static double testPerplexity(RunDirectory dir) throws Exception {
    String first = Files.readAllLines(LmRunFiles.testPerplexity(dir)).get(0);
    return Double.parseDouble(first.substring("perplexity: ".length()));
  }
}

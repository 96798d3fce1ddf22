package dev.s2s.neural.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.eval.Perplexity;
import dev.s2s.neural.nn.ClipMode;
import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.SeededArrays;
import dev.s2s.neural.nn.WordClasses;
import dev.s2s.neural.rnn.CellType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class RnnLanguageModelTest {
  private static final DataType D = DataType.DOUBLE;

  /** The cycle a b c a b d (ids 0 1 2 0 1 3): after "a b" the next word depends on 3 steps back. */
  private static int[] cycle(int repeats) {
    int[] unit = {0, 1, 2, 0, 1, 3};
    int[] out = new int[unit.length * repeats + 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = unit[i % unit.length];
    }
    return out;
  }

  private static void gradientCheck(CellType cell, WordClasses classes) {
    gradientCheck(new RnnLmConfig(4, 3, cell, 3, 2, 0.0, classes, false));
  }

  private static void gradientCheck(RnnLmConfig config) {
    RnnLanguageModel lm = new RnnLanguageModel(config, D, 5);
    TokenStream.Segment seg = new TokenStream(cycle(2), 2, 3).segment(1);
    List<INDArray> init = List.of(SeededArrays.uniform(61, D, -0.5, 0.5, 2, 3), SeededArrays.uniform(62, D, -0.5, 0.5, 2, 3));
    lm.params().zeroGrad();
    RnnLanguageModel.SegmentLoss loss = lm.forward(seg, init, null);
    assertEquals(6, loss.tokens());
    loss.backward(0.5);
    List<Param> ps = new ArrayList<>(lm.params().list());
    double err = GradientCheck.maxRelativeError(
        ps, () -> 0.5 * lm.forward(seg, init, null).nll(), 1e-6, 6, 9);
    assertTrue(err < 1e-5, "max relative error " + err);
  }

  @Test
  void gradientWithFullSoftmaxAndTanh() {
    gradientCheck(CellType.TANH, null);
  }

  @Test
  void gradientWithClassSoftmaxAndLstm() {
    gradientCheck(CellType.LSTM, WordClasses.fromWordToClass(new int[] {0, 1, 1, 0}, 2));
  }

  @Test
  void gradientWithTiedSoftmaxReachesTheSharedTableFromBothEnds() {
    // lm.emb.W gets the embedding's gradient and the output layer's: a sum the check sees whole.
    gradientCheck(new RnnLmConfig(4, 3, CellType.GRU, 3, 2, 0.0, null, true));
  }

  @Test
  void tiedSoftmaxHasNoOutputMatrixOfItsOwn() {
    RnnLanguageModel tied = new RnnLanguageModel(new RnnLmConfig(5, 3, CellType.TANH, 3, 1, 0.0, null, true), D, 1);
    RnnLanguageModel untied = new RnnLanguageModel(new RnnLmConfig(5, 3, CellType.TANH, 3, 1, 0.0, null, false), D, 1);
    // untied: emb 5x3 + rnn (3x3 + 3x3 + 3) + out (3x5 + 5); tied drops the 3x5 matrix.
    assertEquals(15 + 21 + 20, untied.params().list().stream().mapToLong(p -> p.value().length()).sum());
    assertEquals(15 + 21 + 5, tied.params().list().stream().mapToLong(p -> p.value().length()).sum());
  }

  @Test
  void tiedSoftmaxNeedsEqualSizesAndAFullSoftmax() {
    assertThrows(IllegalArgumentException.class, () -> new RnnLmConfig(4, 3, CellType.TANH, 5, 1, 0.0, null, true));
    WordClasses classes = WordClasses.fromWordToClass(new int[] {0, 1, 1, 0}, 2);
    assertThrows(IllegalArgumentException.class, () -> new RnnLmConfig(4, 3, CellType.TANH, 3, 1, 0.0, classes, true));
  }

  @Test
  void irnnRecurrentMatricesStartAsTheScaledIdentityOfTheConfig() {
    RnnLanguageModel lm = new RnnLanguageModel(new RnnLmConfig(5, 3, CellType.IRNN, 2, 2, 0.0, null, false, 0.5), D, 1);
    INDArray halfIdentity = Nd4j.createFromArray(new double[][] {{0.5, 0}, {0, 0.5}});
    for (String name : List.of("lm.rnn.l0.U", "lm.rnn.l1.U")) {
      Param u = lm.params().list().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
      assertEquals(halfIdentity, u.value(), name);
    }
    assertThrows(IllegalArgumentException.class,
        () -> new RnnLmConfig(5, 3, CellType.LSTM, 2, 1, 0.0, null, false, 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> new RnnLmConfig(5, 3, CellType.IRNN, 2, 1, 0.0, null, false, 0));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = CellType.class, names = {"GRU", "LSTM"})
  void carriedStateMakesSegmentLengthIrrelevant(CellType cell) {
    // With the state carried across segments, scoring in segments of 2 must equal scoring the
    // whole stream at once: nothing may be lost at the borders (for an LSTM, the memory cell too).
    RnnLanguageModel lm = new RnnLanguageModel(new RnnLmConfig(4, 3, cell, 4, 2, 0.0, null, false), D, 2);
    int[] tokens = cycle(3);
    Perplexity whole = lm.evaluate(tokens, 1, tokens.length);
    Perplexity pieces = lm.evaluate(tokens, 1, 2);
    assertEquals(tokens.length - 1, whole.tokens());
    assertEquals(whole.nllNats(), pieces.nllNats(), 1e-9);
  }

  private static double learn(WordClasses classes) {
    RnnLanguageModel lm = new RnnLanguageModel(
        new RnnLmConfig(4, 8, CellType.TANH, 16, 1, 0.0, classes, false), DataType.FLOAT, 3);
    int[] tokens = cycle(40);
    RnnLmTrainer trainer = new RnnLmTrainer(new RnnLmTrainer.Options(4, 10, 8, 0.02, ClipMode.GLOBAL_NORM, 5.0, 1));
    trainer.train(lm, tokens);
    return lm.evaluate(tokens, 1, 20).perplexity();
  }

  @Test
  void learnsAContextDependentCycle() {
    // A bigram model can do no better than perplexity exp((2/6) ln 2) = 1.26 on this cycle
    // (after "b", c and d are equally likely); remembering 3 steps back brings it to 1.
    double full = learn(null);
    assertTrue(full < 1.1, "full softmax perplexity " + full);
    double factored = learn(WordClasses.fromWordToClass(new int[] {0, 0, 1, 1}, 2));
    assertTrue(factored < 1.1, "class-based softmax perplexity " + factored);
  }
}

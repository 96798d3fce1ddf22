package dev.s2s.neural.seq2seq;

import static org.junit.jupiter.api.Assertions.*;

import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class ShardedLossTest {
  private static Seq2SeqBatch fourSentences() {
    return Seq2SeqBatch.of(List.of(new int[] {3, 4, 5}, new int[] {6}, new int[] {4, 4}, new int[] {5, 3, 6, 4}),
        List.of(new int[] {3, 4}, new int[] {5, 5, 3}, new int[] {4}, new int[] {3}), Seq2SeqModelTest.SP);
  }

  private static List<Param> used(Seq2SeqModel m, String lang) {
    return m.paramList().stream()
        .filter(p -> p.name().startsWith("encoder.") || p.name().startsWith("decoder." + lang + ".")).toList();
  }

  @Test
  void gradientsOfTwoShardsPassTheFiniteDifferenceCheck() {
    for (Seq2SeqModel m : List.of(Seq2SeqModelTest.tinyModel(DataType.DOUBLE, 0.2), Seq2SeqModelTest.attentionModel(0.2))) {
      try (ShardedLoss loss = new ShardedLoss(m, 2)) {
        Seq2SeqBatch b = fourSentences();
        for (String lang : List.of("de", "fr")) {
          m.params().zeroGrad();
          loss.loss(b, lang, new SplittableRandom(9), true, 0.5);
          double err = GradientCheck.maxRelativeError(used(m, lang),
              () -> 0.5 * loss.loss(b, lang, new SplittableRandom(9), false, 1.0).nll(), 1e-5, 2, 4);
          assertTrue(err < 1e-5, lang + " relative error " + err);
        }
      }
    }
  }

  @Test
  void labelSmoothingReachesTheGradientsOfEveryShardAndLeavesTheNllPlain() {
    Seq2SeqModel m = Seq2SeqModelTest.attentionModel(0);
    Seq2SeqBatch b = fourSentences();
    double scale = 1.0 / b.targetTokens();
    m.params().zeroGrad();
    Seq2SeqModel.Loss plain = m.loss(b, "de", null, true, scale);
    List<INDArray> plainGrads = new ArrayList<>();
    m.paramList().forEach(p -> plainGrads.add(p.grad().dup()));
    m.params().zeroGrad();
    Seq2SeqModel.Loss smoothed = m.loss(b, "de", null, true, scale, 0.1);
    List<INDArray> smoothedGrads = new ArrayList<>();
    m.paramList().forEach(p -> smoothedGrads.add(p.grad().dup()));
    assertEquals(plain.nll(), smoothed.nll(), 1e-12, "the reported NLL is the plain one");
    Param out = m.paramList().stream().filter(p -> p.name().equals("decoder.de.out.b")).findFirst().orElseThrow();
    int outIndex = m.paramList().indexOf(out);
    assertFalse(plainGrads.get(outIndex).equalsWithEps(smoothedGrads.get(outIndex), 1e-6),
        "smoothing changes the output bias gradient");
    try (ShardedLoss loss = new ShardedLoss(m, 3, 0.1)) {
      m.params().zeroGrad();
      loss.loss(b, "de", null, true, scale);
      for (int i = 0; i < smoothedGrads.size(); i++) {
        assertTrue(smoothedGrads.get(i).equalsWithEps(m.paramList().get(i).grad(), 1e-12), m.paramList().get(i).name());
      }
    }
    assertThrows(IllegalArgumentException.class, () -> new ShardedLoss(m, 1, 1.0));
  }

  @Test
  void withoutDropoutShardsGiveTheUnshardedLossAndGradients() {
    Seq2SeqModel m = Seq2SeqModelTest.attentionModel(0);
    Seq2SeqBatch b = fourSentences();
    m.params().zeroGrad();
    Seq2SeqModel.Loss whole = m.loss(b, "de", null, true, 1.0 / b.targetTokens());
    List<INDArray> expected = new ArrayList<>();
    m.paramList().forEach(p -> expected.add(p.grad().dup()));
    try (ShardedLoss loss = new ShardedLoss(m, 3)) {
      m.params().zeroGrad();
      Seq2SeqModel.Loss sharded = loss.loss(b, "de", null, true, 1.0 / b.targetTokens());
      assertEquals(whole.nll(), sharded.nll(), 1e-12);
      assertEquals(whole.tokens(), sharded.tokens());
      assertArrayEquals(whole.sentenceNll(), sharded.sentenceNll(), 1e-12, "per-sentence NLL back in batch order");
      for (int i = 0; i < expected.size(); i++) {
        assertTrue(expected.get(i).equalsWithEps(m.paramList().get(i).grad(), 1e-12), m.paramList().get(i).name());
      }
    }
  }

  @Test
  void replicasFollowTheModelsValues() {
    Seq2SeqModel m = Seq2SeqModelTest.tinyModel(DataType.DOUBLE, 0);
    Seq2SeqBatch b = fourSentences();
    try (ShardedLoss loss = new ShardedLoss(m, 2)) {
      double before = loss.loss(b, "fr", null, false, 1).nll();
      m.paramList().forEach(p -> p.value().muli(0.5)); // as an optimizer step would change them
      double after = loss.loss(b, "fr", null, false, 1).nll();
      assertEquals(m.loss(b, "fr", null, false, 1).nll(), after, 1e-12);
      assertNotEquals(before, after);
    }
  }

  @Test
  void aBatchOfOneSentenceIsNotSplit() {
    Seq2SeqModel m = Seq2SeqModelTest.tinyModel(DataType.DOUBLE, 0);
    Seq2SeqBatch one = Seq2SeqBatch.of(List.of(new int[] {3, 4}), List.of(new int[] {5}), Seq2SeqModelTest.SP);
    try (ShardedLoss loss = new ShardedLoss(m, 2)) {
      assertEquals(m.loss(one, "de", null, false, 1).nll(), loss.loss(one, "de", null, false, 1).nll(), 1e-12);
    }
  }

  @Test
  void aModelAssembledFromPartsCannotBeSharded() {
    Seq2SeqModel built = Seq2SeqModelTest.tinyModel(DataType.DOUBLE, 0);
    Seq2SeqModel assembled = new Seq2SeqModel(built.encoder(), Map.of("de", built.decoder("de")), DataType.DOUBLE);
    assertThrows(IllegalStateException.class, () -> new ShardedLoss(assembled, 2));
    try (ShardedLoss one = new ShardedLoss(assembled, 1)) {
      assertEquals(1, one.shards());
    }
  }
}

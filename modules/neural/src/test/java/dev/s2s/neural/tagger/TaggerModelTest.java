package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.rnn.CellType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class TaggerModelTest {
  private static final DataType D = DataType.DOUBLE;
  static final List<TaggedSentence> DATA = List.of(
      new TaggedSentence(List.of("we", "met", "in", "New", "York"), List.of("O", "O", "O", "B-LOC", "I-LOC")),
      new TaggedSentence(List.of("Mr", "Lee", "left"), List.of("O", "B-PER", "O")),
      new TaggedSentence(List.of("in", "1996"), List.of("O", "O")));

  private static void gradientCheck(boolean crf, CellType cell) {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    TaggerConfig cfg = new TaggerConfig(3, 2, 2, 3, true, cell, 3, 1, 0.0, crf);
    TaggerModel model = new TaggerModel(cfg, vocab, D, 7);
    TaggerBatch batch = TaggerBatch.of(DATA, vocab, D);
    model.params().zeroGrad();
    TaggerModel.Loss loss = model.loss(batch, null);
    assertEquals(10, loss.tokens());
    loss.backward(1.0);
    double err = GradientCheck.maxRelativeError(
        model.params().list(), () -> model.loss(batch, null).nll(), 1e-6, 5, 3);
    assertTrue(err < 1e-5, "max relative error " + err);
  }

  @Test
  void gradientWithCrfAndLstm() {
    gradientCheck(true, CellType.LSTM);
  }

  @Test
  void gradientWithSoftmaxAndGru() {
    gradientCheck(false, CellType.GRU);
  }

  @Test
  void predictionsHaveSentenceLengthsAndValidBioUnderCrf() {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    TaggerModel model = new TaggerModel(
        new TaggerConfig(4, 3, 3, 3, true, CellType.TANH, 4, 1, 0.0, true), vocab, DataType.FLOAT, 1);
    List<List<String>> tags = model.predictTags(
        List.of(List.of("in", "Rome"), List.of("a", "b", "c", "d", "e", "f")), 1);
    assertEquals(2, tags.get(0).size());
    assertEquals(6, tags.get(1).size());
    for (List<String> t : tags) {
      int[] ids = t.stream().mapToInt(vocab.tags()::indexOf).toArray();
      assertTrue(vocab.tags().isValid(ids), t.toString());
    }
  }

  @Test
  void inferenceFeaturesEqualTheTrainingFeatures() {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    TaggerModel model = new TaggerModel(
        new TaggerConfig(4, 3, 5, 3, true, CellType.GRU, 4, 1, 0.0, true), vocab, DataType.FLOAT, 2);
    TaggerBatch batch = TaggerBatch.of(DATA, vocab, DataType.FLOAT);
    INDArray expected = model.features(batch, null);
    INDArray actual = model.inferenceFeatures(batch);
    assertArrayEquals(expected.shape(), actual.shape());
    assertEquals(4 + 5 + CasingFeature.values().length, actual.size(1));
    assertTrue(expected.equalsWithEps(actual, 1e-6), "inference " + actual + " against " + expected);
  }

  /** Word tables give the emissions of the full input products, with character and casing features and without. */
  @Test
  void wordTableInferenceEqualsTheFullProduct() {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    for (TaggerConfig cfg : List.of(new TaggerConfig(4, 3, 5, 3, true, CellType.GRU, 4, 1, 0.0, true),
        new TaggerConfig(4, 0, 0, 0, false, CellType.LSTM, 3, 1, 0.0, false))) {
      TaggerModel model = new TaggerModel(cfg, vocab, DataType.FLOAT, 3);
      // sentences of lengths 5, 3 and 2: the reverse direction reads each within its own length
      TaggerBatch batch = TaggerBatch.of(DATA, vocab, DataType.FLOAT);
      INDArray expected = model.emissions(batch);
      INDArray actual = model.emissionsFromTables(batch);
      assertTrue(expected.equalsWithEps(actual, 1e-5), cfg + ": tables " + actual + " against " + expected);
    }
  }

  /** The tables follow the weights: a changed embedding row or input weight shows in the next prediction. */
  @Test
  void wordTablesFollowWeightChanges() {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    TaggerModel model = new TaggerModel(new TaggerConfig(4, 3, 5, 3, true, CellType.GRU, 4, 1, 0.0, true), vocab,
        DataType.FLOAT, 4);
    TaggerBatch batch = TaggerBatch.of(DATA, vocab, DataType.FLOAT);
    INDArray before = model.emissionsFromTables(batch).dup();
    model.params().list().get(0).value().getRow(vocab.wordId("York")).addi(0.5);
    model.params().list().stream().filter(p -> p.name().endsWith("bwd.Wx")).findFirst().orElseThrow()
        .value().muli(1.5);
    INDArray after = model.emissionsFromTables(batch);
    assertTrue(!before.equalsWithEps(after, 1e-3), "the emissions did not change");
    assertTrue(model.emissions(batch).equalsWithEps(after, 1e-5), "tables stale after the weights changed");
  }

  @Test
  void wordEmbeddingsStartFromGivenVectorsWhereThereAreAny() {
    TaggerVocab vocab = TaggerVocab.build(DATA, 1, true);
    TaggerModel model = new TaggerModel(new TaggerConfig(3, 2, 2, 3, true, CellType.GRU, 3, 1, 0.0, true), vocab, D, 7);
    org.nd4j.linalg.api.ndarray.INDArray before = model.params().list().get(0).value().dup();
    int set = model.initialiseWordEmbeddings(w -> w.equals("york") ? new double[] {1, 2, 3}
        : w.equals("<unk>") ? new double[] {9, 9, 9} : null);
    assertEquals(1, set, "only york; <unk> keeps its random row");
    org.nd4j.linalg.api.ndarray.INDArray table = model.params().list().get(0).value();
    int york = vocab.wordId("York");
    for (int id = 0; id < vocab.wordCount(); id++) {
      if (id == york) {
        assertEquals(List.of(1.0, 2.0, 3.0), List.of(table.getDouble(id, 0), table.getDouble(id, 1), table.getDouble(id, 2)));
      } else {
        assertEquals(before.getRow(id), table.getRow(id), "row " + id + " unchanged");
      }
    }
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> model.initialiseWordEmbeddings(w -> new double[] {1, 2}));
  }
}

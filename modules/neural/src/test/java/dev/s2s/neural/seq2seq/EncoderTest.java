package dev.s2s.neural.seq2seq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.rnn.CellType;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The encoder runs its recurrent layers on the rows sorted by length; what it returns must not
 * depend on that: each row of a batch in any order gets the context and states it gets alone.
 */
class EncoderTest {
  private static final SpecialTokens SP = new SpecialTokens(0, 1, 2);
  private static final List<int[]> SOURCES = List.of(new int[] {3, 4}, new int[] {5, 6, 7, 8, 3},
      new int[] {4}, new int[] {8, 7, 6});

  @ParameterizedTest
  @EnumSource(value = CellType.class, names = {"GRU", "LSTM", "TANH"})
  void rowsInAnyOrderGetTheirOwnContextAndStates(CellType cell) {
    for (boolean bidirectional : new boolean[] {false, true}) {
      Encoder enc = new Encoder("encoder", 9, 3, cell, 4, 2, bidirectional, 0.0, DataType.FLOAT, new SplittableRandom(3));
      Encoder.Forward all = enc.forward(Seq2SeqBatch.of(SOURCES, null, SP), DataType.FLOAT, null);
      for (int b = 0; b < SOURCES.size(); b++) {
        Encoder.Forward alone = enc.forward(Seq2SeqBatch.of(List.of(SOURCES.get(b)), null, SP), DataType.FLOAT, null);
        String what = cell + (bidirectional ? " bidirectional" : "") + ", row " + b;
        assertClose(alone.context().getRow(0), all.context().getRow(b), what + " context");
        int len = SOURCES.get(b).length;
        INDArray statesAlone = alone.states().get(NDArrayIndex.all(), NDArrayIndex.point(0), NDArrayIndex.all());
        INDArray statesInBatch = all.states().get(NDArrayIndex.interval(0, len), NDArrayIndex.point(b), NDArrayIndex.all());
        assertClose(statesAlone, statesInBatch, what + " states");
      }
    }
  }

  private static void assertClose(INDArray expected, INDArray actual, String what) {
    double diff = expected.sub(actual.reshape(expected.shape())).amaxNumber().doubleValue();
    assertTrue(diff < 1e-5, what + ": max difference " + diff + "\nexpected " + expected + "\nactual " + actual);
  }
}

package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PrefixMask;
import dev.s2s.neural.rnn.CellType;
import dev.s2s.neural.seq2seq.Encoder;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class SharedEncoderTaggerTest {
  private static final DataType D = DataType.DOUBLE;

  @Test
  void gradientReachesTheSharedEncoder() {
    SplittableRandom rnd = new SplittableRandom(6);
    Encoder encoder = new Encoder("encoder", 7, 3, CellType.GRU, 3, 1, true, 0.0, D, rnd);
    SharedEncoderTagger tagger = new SharedEncoderTagger(
        encoder, "tagger.head", EntityTagSet.of(List.of("O", "B-LOC", "I-LOC")), true, D, rnd);
    int[] ids = {1, 4, 2, 5, 3, 0}; // [T=3, B=2] time-major
    INDArray mask = PrefixMask.of(new int[] {3, 2}, 3, D);
    int[][] gold = {{0, 1, 2}, {1, 0}};
    tagger.params().forEach(Param::zeroGrad);
    TaggerModel.Loss loss = tagger.loss(ids, 3, 2, mask, gold, null);
    assertEquals(5, loss.tokens());
    loss.backward(1.0);
    assertTrue(tagger.encoderParams().get(0).grad().norm2Number().doubleValue() > 0);
    double err = GradientCheck.maxRelativeError(
        tagger.params(), () -> tagger.loss(ids, 3, 2, mask, gold, null).nll(), 1e-6, 6, 2);
    assertTrue(err < 1e-5, "max relative error " + err);
    assertEquals(2, tagger.predict(ids, 3, 2, mask)[1].length);
  }
}

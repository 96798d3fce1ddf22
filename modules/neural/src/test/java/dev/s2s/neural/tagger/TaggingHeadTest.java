package dev.s2s.neural.tagger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.s2s.neural.crf.EntityTagSet;
import dev.s2s.neural.nn.GradientCheck;
import dev.s2s.neural.nn.Param;
import dev.s2s.neural.nn.PrefixMask;
import dev.s2s.neural.nn.SeededArrays;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TaggingHeadTest {
  private static final DataType D = DataType.DOUBLE;
  private static final EntityTagSet TAGS = EntityTagSet.of(List.of("O", "B-LOC", "I-LOC"));
  private static final int[][] GOLD = {{0, 1, 2}, {1, 0}};

  private static void check(boolean crf) {
    TaggingHead head = new TaggingHead("head", 4, TAGS, crf, D, new SplittableRandom(3));
    INDArray mask = PrefixMask.of(new int[] {3, 2}, 3, D);
    Param states = new Param("states", SeededArrays.uniform(51, D, -0.5, 0.5, 3, 2, 4));
    TaggingHead.Loss loss = head.loss(states.value(), mask, GOLD);
    assertEquals(5, loss.tokens());
    states.grad().assign(loss.backward(0.3));
    List<Param> all = new ArrayList<>(head.params());
    all.add(states);
    double err = GradientCheck.maxRelativeError(
        all, () -> 0.3 * head.loss(states.value(), mask, GOLD).nll(), 1e-6, 50, 2);
    assertTrue(err < 1e-6, "max relative error " + err);
    assertEquals(0, states.grad().get(
        org.nd4j.linalg.indexing.NDArrayIndex.point(2), org.nd4j.linalg.indexing.NDArrayIndex.point(1),
        org.nd4j.linalg.indexing.NDArrayIndex.all()).norm2Number().doubleValue(), 0, "padding gets no gradient");
  }

  @Test
  void crfHeadGradient() {
    check(true);
  }

  @Test
  void softmaxHeadGradient() {
    check(false);
  }

  @Test
  void softmaxPredictionIsPerTokenArgmax() {
    TaggingHead head = new TaggingHead("head", 3, TAGS, false, D, new SplittableRandom(3));
    // identity projection, zero bias: the argmax of each state vector is the tag
    head.params().get(0).value().assign(Nd4j.eye(3).castTo(D));
    INDArray states = Nd4j.createFromArray(new double[][][] {
      {{0, 0, 1}, {1, 0, 0}}, {{0, 1, 0}, {0, 0, 5}}});
    int[][] tags = head.predict(states, PrefixMask.of(new int[] {2, 1}, 2, D));
    assertArrayEquals(new int[] {2, 1}, tags[0]); // I-LOC at the start: softmax has no constraints
    assertArrayEquals(new int[] {0}, tags[1]);
  }
}

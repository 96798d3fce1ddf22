package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class ProjectedEmbeddingCacheTest {
  private static Param param(String name, float[][] v) {
    return new Param(name, Nd4j.createFromArray(v));
  }

  @Test
  void leadingRowsTableIsTheEmbeddingTimesTheFirstRowsPlusBias() {
    Param e = param("E", new float[][] {{1, 2}, {3, 4}, {5, 6}});
    // the third row multiplies other features and stays out of the table
    Param w = param("W", new float[][] {{1, 0, 1}, {0, 1, 1}, {7, 7, 7}});
    Param b = param("b", new float[][] {{0.5f, 0, -1}});
    // [1 2] W[0:2] = [1 2 3], + b = [1.5 2 2]; [3 4] -> [3 4 7] + b; [5 6] -> [5 6 11] + b
    assertEquals(Nd4j.createFromArray(new float[][] {{1.5f, 2, 2}, {3.5f, 4, 6}, {5.5f, 6, 10}}),
        ProjectedEmbeddingCache.ofLeadingRows(e, w, b).table());
  }

  @Test
  void leadingRowsNeedAtLeastTheEmbeddingsWidth() {
    Param e = param("E", new float[][] {{1, 2, 3}});
    Param w = param("W", new float[][] {{1}, {2}});
    Param b = param("b", new float[][] {{0}});
    assertThrows(IllegalArgumentException.class, () -> ProjectedEmbeddingCache.ofLeadingRows(e, w, b));
  }
}

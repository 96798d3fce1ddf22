package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Shapes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The rows of a padded batch in order of decreasing length (ties keep their order), as PyTorch's
 * packed sequences use them. In a sorted batch the real rows of every step come first, so a
 * recurrent layer computes only them ({@link StepMask#activeRows}) instead of every row at every
 * step: for the bench's lengths 5..20 that is 12.5 of 20 rows on average.
 *
 * <p>Sorted row i is original row {@code order[i]}. Row arrays are [batch, d], step arrays [time,
 * batch, d] (time-major, like the recurrent layers' inputs and outputs).
 */
public final class LengthOrder {
  private final int[] order;
  private final int[] position;
  private final boolean identity;

  private LengthOrder(int[] order) {
    this.order = order;
    this.position = new int[order.length];
    boolean id = true;
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
      id &= order[i] == i;
    }
    this.identity = id;
  }

  /** The order of decreasing {@code lengths} (stable). */
  public static LengthOrder of(int[] lengths) {
    Integer[] rows = IntStream.range(0, lengths.length).boxed().toArray(Integer[]::new);
    Arrays.sort(rows, Comparator.comparingInt((Integer r) -> -lengths[r]));
    return new LengthOrder(Arrays.stream(rows).mapToInt(Integer::intValue).toArray());
  }

  /** Whether the rows are already in order (then every method returns its argument). */
  public boolean isIdentity() {
    return identity;
  }

  public int batch() {
    return order.length;
  }

  /** Time-major ids [steps * batch] with the rows sorted. */
  public int[] sortIds(int[] ids, int steps) {
    if (ids.length != steps * order.length) {
      throw new IllegalArgumentException("ids length " + ids.length + " != steps " + steps + " * batch " + order.length);
    }
    if (identity) {
      return ids;
    }
    int b = order.length;
    int[] sorted = new int[ids.length];
    for (int t = 0; t < steps; t++) {
      for (int i = 0; i < b; i++) {
        sorted[t * b + i] = ids[t * b + order[i]];
      }
    }
    return sorted;
  }

  /** A mask [time, batch] with its columns sorted. */
  public INDArray sortMask(INDArray mask) {
    Shapes.require("mask [time, batch]", mask, -1, order.length);
    return identity ? mask : sortSteps(mask.reshape('c', mask.size(0), mask.size(1), 1)).reshape('c', mask.size(0), mask.size(1));
  }

  /** Rows [batch, d] from original to sorted order. */
  public INDArray sortRows(INDArray a) {
    return identity ? a : pull(a, order);
  }

  /** Rows [batch, d] from sorted back to original order. */
  public INDArray restoreRows(INDArray a) {
    return identity ? a : pull(a, position);
  }

  /** Steps [time, batch, d] from original to sorted order. */
  public INDArray sortSteps(INDArray a) {
    return identity ? a : pullSteps(a, order);
  }

  /** Steps [time, batch, d] from sorted back to original order. */
  public INDArray restoreSteps(INDArray a) {
    return identity ? a : pullSteps(a, position);
  }

  private INDArray pull(INDArray a, int[] rows) {
    Shapes.require("rows [batch, d]", a, order.length, -1);
    return Nd4j.pullRows(Shapes.contiguous(a), 1, rows);
  }

  private INDArray pullSteps(INDArray a, int[] rows) {
    Shapes.require("steps [time, batch, d]", a, -1, order.length, -1);
    int steps = (int) a.size(0);
    int b = order.length;
    int[] flat = new int[steps * b];
    for (int t = 0; t < steps; t++) {
      for (int i = 0; i < b; i++) {
        flat[t * b + i] = t * b + rows[i];
      }
    }
    INDArray rowsFlat = Shapes.contiguous(a).reshape('c', (long) steps * b, a.size(2));
    return Nd4j.pullRows(rowsFlat, 1, flat).reshape('c', steps, b, a.size(2));
  }
}

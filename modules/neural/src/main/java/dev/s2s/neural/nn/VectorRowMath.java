package dev.s2s.neural.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowMath} on the JDK's vector API ({@code jdk.incubator.vector}) at the platform's
 * preferred float width. exp, sigmoid and tanh are {@link Activations}' float functions written
 * with lane-wise adds, multiplies, fused multiply-adds, divides and bit operations in the same
 * order, so each result is bit-identical to the scalar one. The vector API's own EXP and TANH are not used: compiled by C2
 * they are Intel's SVML stubs, interpreted they are {@code Math.exp} per lane, and the two differ in
 * the last bit, so a result would depend on how far the JIT compiler had got (a resumed run would
 * not continue exactly). For the same reason the lanes of a sum are added in a fixed order rather
 * than by {@code reduceLanes(ADD)}, whose order is unspecified. Tails shorter than one vector use
 * {@link ScalarRowMath}. Load this class only after
 * {@link #moduleAvailable()} returned true.
 */
public final class VectorRowMath implements RowMath {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);
  private static final FloatVector TWO = FloatVector.broadcast(SPECIES, 2f);
  private static final FloatVector THIRD = FloatVector.broadcast(SPECIES, 1f / 3f);
  private static final FloatVector TWO_FIFTEENTHS = FloatVector.broadcast(SPECIES, 2f / 15f);
  private static final FloatVector NEG_LN2_HI = FloatVector.broadcast(SPECIES, -Activations.LN2_HI);
  private static final FloatVector P1 = FloatVector.broadcast(SPECIES, Activations.EXP_P1);
  private static final FloatVector P2 = FloatVector.broadcast(SPECIES, Activations.EXP_P2);
  private static final FloatVector P3 = FloatVector.broadcast(SPECIES, Activations.EXP_P3);
  private static final FloatVector P4 = FloatVector.broadcast(SPECIES, Activations.EXP_P4);
  private static final FloatVector P5 = FloatVector.broadcast(SPECIES, Activations.EXP_P5);
  private static final int ROUND_BITS = Float.floatToIntBits(Activations.ROUND);
  private static final String MODULE = "jdk.incubator.vector";
  private final ScalarRowMath tail = new ScalarRowMath();

  private VectorRowMath() {}

  /** Whether the vector API module is in the boot layer (without loading any of its classes). */
  static boolean moduleAvailable() {
    return ModuleLayer.boot().findModule(MODULE).isPresent();
  }

  static VectorRowMath create() {
    return new VectorRowMath();
  }

  @Override
  public void exp(float[] a, int from, int len) {
    int i = from;
    for (int end = from + SPECIES.loopBound(len); i < end; i += SPECIES.length()) {
      exp(FloatVector.fromArray(SPECIES, a, i)).intoArray(a, i);
    }
    tail.exp(a, i, from + len - i);
  }

  @Override
  public void sigmoid(float[] a, int from, int len) {
    int i = from;
    for (int end = from + SPECIES.loopBound(len); i < end; i += SPECIES.length()) {
      FloatVector e = exp(FloatVector.fromArray(SPECIES, a, i).neg());
      ONE.div(ONE.add(e)).intoArray(a, i);
    }
    tail.sigmoid(a, i, from + len - i);
  }

  @Override
  public void tanh(float[] a, int from, int len) {
    int i = from;
    for (int end = from + SPECIES.loopBound(len); i < end; i += SPECIES.length()) {
      tanh(FloatVector.fromArray(SPECIES, a, i)).intoArray(a, i);
    }
    tail.tanh(a, i, from + len - i);
  }

  @Override
  public float logSumExp(float[] a, int from, int len) {
    int bound = from + SPECIES.loopBound(len);
    int end = from + len;
    FloatVector mv = FloatVector.broadcast(SPECIES, Float.NEGATIVE_INFINITY);
    int i = from;
    for (; i < bound; i += SPECIES.length()) {
      mv = mv.max(FloatVector.fromArray(SPECIES, a, i));
    }
    float max = Float.NEGATIVE_INFINITY;
    for (int lane = 0; lane < SPECIES.length(); lane++) {
      max = Math.max(max, mv.lane(lane));
    }
    for (; i < end; i++) {
      max = Math.max(max, a[i]);
    }
    if (max == Float.NEGATIVE_INFINITY) {
      return max;
    }
    FloatVector sv = FloatVector.zero(SPECIES);
    for (i = from; i < bound; i += SPECIES.length()) {
      sv = sv.add(exp(FloatVector.fromArray(SPECIES, a, i).sub(max)));
    }
    double sum = 0;
    for (int lane = 0; lane < SPECIES.length(); lane++) {
      sum += sv.lane(lane);
    }
    for (; i < end; i++) {
      sum += Activations.exp(a[i] - max);
    }
    return (float) (max + Math.log(sum));
  }

  /**
   * {@link Activations#exp(float)} lane by lane, with the same operations in the same order, so
   * that each lane is bit-identical to it.
   */
  private static FloatVector exp(FloatVector x) {
    FloatVector shifted = x.fma(Activations.LOG2E, Activations.ROUND);
    FloatVector n = shifted.sub(Activations.ROUND);
    FloatVector r = n.fma(NEG_LN2_HI, x).sub(n.mul(Activations.LN2_LO));
    FloatVector p = FloatVector.broadcast(SPECIES, Activations.EXP_P0);
    p = p.fma(r, P1);
    p = p.fma(r, P2);
    p = p.fma(r, P3);
    p = p.fma(r, P4);
    p = p.fma(r, P5);
    FloatVector y = p.mul(r).fma(r, r).add(1f);
    // n + 127 = bits(shifted) - bits(ROUND) + 127: ROUND + n is a float whose bits grow by one per
    // unit (|n| < 2^22); convert(F2I) would say the same but is not compiled to vector code in JDK 17
    IntVector biased = ((IntVector) shifted.reinterpretAsInts()).sub(ROUND_BITS - 127);
    FloatVector scale = biased.lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    return y.mul(scale)
        .blend(Float.POSITIVE_INFINITY, x.compare(VectorOperators.GT, Activations.EXP_HI))
        .blend(0f, x.compare(VectorOperators.LT, Activations.EXP_LO));
  }

  /** {@link Activations#tanh(float)} lane by lane, bit-identical to it. */
  private static FloatVector tanh(FloatVector x) {
    FloatVector x2 = x.mul(x);
    FloatVector nearZero = x.mul(ONE.sub(x2.mul(THIRD.sub(x2.mul(TWO_FIFTEENTHS)))));
    FloatVector away = ONE.sub(TWO.div(exp(x.mul(2f)).add(1f)));
    return away.blend(nearZero, x.abs().compare(VectorOperators.LT, Activations.TANH_SERIES_BELOW));
  }

  @Override
  public int firstAbove(float[] a, int from, int to, float threshold) {
    int i = from;
    for (int end = from + SPECIES.loopBound(to - from); i < end; i += SPECIES.length()) {
      var above = FloatVector.fromArray(SPECIES, a, i).compare(VectorOperators.GT, threshold);
      if (above.anyTrue()) {
        return i + above.firstTrue();
      }
    }
    return tail.firstAbove(a, i, to, threshold);
  }

  @Override
  public String describe() {
    return "vector API, " + SPECIES.vectorBitSize() + "-bit";
  }
}

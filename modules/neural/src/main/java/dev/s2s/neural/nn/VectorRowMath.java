package dev.s2s.neural.nn;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowMath} on the JDK's vector API ({@code jdk.incubator.vector}) at the platform's
 * preferred float width; EXP and TANH are the JDK's vectorised math stubs (Intel SVML on x86-64).
 * Tails shorter than one vector use {@link ScalarRowMath}. Load this class only after
 * {@link #moduleAvailable()} returned true.
 */
public final class VectorRowMath implements RowMath {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);
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
      FloatVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.EXP).intoArray(a, i);
    }
    tail.exp(a, i, from + len - i);
  }

  @Override
  public void sigmoid(float[] a, int from, int len) {
    int i = from;
    for (int end = from + SPECIES.loopBound(len); i < end; i += SPECIES.length()) {
      FloatVector e = FloatVector.fromArray(SPECIES, a, i).neg().lanewise(VectorOperators.EXP);
      ONE.div(e.add(1f)).intoArray(a, i);
    }
    tail.sigmoid(a, i, from + len - i);
  }

  @Override
  public void tanh(float[] a, int from, int len) {
    int i = from;
    for (int end = from + SPECIES.loopBound(len); i < end; i += SPECIES.length()) {
      FloatVector.fromArray(SPECIES, a, i).lanewise(VectorOperators.TANH).intoArray(a, i);
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
    float max = mv.reduceLanes(VectorOperators.MAX);
    for (; i < end; i++) {
      max = Math.max(max, a[i]);
    }
    if (max == Float.NEGATIVE_INFINITY) {
      return max;
    }
    FloatVector sv = FloatVector.zero(SPECIES);
    for (i = from; i < bound; i += SPECIES.length()) {
      sv = sv.add(FloatVector.fromArray(SPECIES, a, i).sub(max).lanewise(VectorOperators.EXP));
    }
    double sum = sv.reduceLanes(VectorOperators.ADD);
    for (; i < end; i++) {
      sum += Activations.exp(a[i] - max);
    }
    return (float) (max + Math.log(sum));
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

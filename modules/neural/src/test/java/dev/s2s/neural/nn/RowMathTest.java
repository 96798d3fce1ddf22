package dev.s2s.neural.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Both {@link RowMath} implementations against java.lang.Math in double precision (the vector one
 * only when the JVM runs with the vector module, as the build's tests do).
 */
class RowMathTest {
  private static List<RowMath> implementations() {
    List<RowMath> all = new ArrayList<>();
    all.add(new ScalarRowMath());
    if (VectorRowMath.moduleAvailable()) {
      all.add(VectorRowMath.create());
    }
    return all;
  }

  /** -30..30 in uneven steps, 1,627 values: whole vectors plus a tail of every length mod 16. */
  private static float[] inputs() {
    float[] a = new float[1627];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) (-30 + i * 0.0369);
    }
    return a;
  }

  private static void check(String what, RowMath m, float[] got, float[] in, DoubleUnaryOperator ref, double relTol,
      double absTol) {
    for (int i = 0; i < in.length; i++) {
      double want = ref.applyAsDouble(in[i]);
      double tol = Math.max(absTol, relTol * Math.abs(want));
      assertEquals(want, got[i], tol, what + "(" + in[i] + ") with " + m.describe());
    }
  }

  @Test
  void elementFunctionsMatchTheDoubleLibraryOnEveryOffsetAndLength() {
    for (RowMath m : implementations()) {
      for (int from : new int[] {0, 3}) {
        float[] in = inputs();
        int len = in.length - from - 5;
        float[] e = in.clone();
        m.exp(e, from, len);
        float[] s = in.clone();
        m.sigmoid(s, from, len);
        float[] t = in.clone();
        m.tanh(t, from, len);
        for (int i = 0; i < in.length; i++) {
          if (i < from || i >= from + len) {
            assertEquals(in[i], e[i], 0f, "exp left element " + i + " outside the range alone");
            assertEquals(in[i], t[i], 0f, "tanh left element " + i + " outside the range alone");
          }
        }
        float[] inRange = java.util.Arrays.copyOfRange(in, from, from + len);
        check("exp", m, java.util.Arrays.copyOfRange(e, from, from + len), inRange, Math::exp, 1e-6, 0);
        check("sigmoid", m, java.util.Arrays.copyOfRange(s, from, from + len), inRange, x -> 1 / (1 + Math.exp(-x)), 1e-6, 0);
        // the scalar float tanh, 1 - 2 / (e^{2x} + 1) above 1/16, is within 2.5e-7 absolute (ActivationsTest)
        check("tanh", m, java.util.Arrays.copyOfRange(t, from, from + len), inRange, Math::tanh, 1e-6, 2.5e-7);
      }
    }
  }

  @Test
  void functionsSaturateAtTheEndsOfTheFloatRange() {
    for (RowMath m : implementations()) {
      float[] big = new float[17];
      java.util.Arrays.fill(big, 0, 8, -1000f);
      java.util.Arrays.fill(big, 8, 17, 1000f);
      float[] e = big.clone();
      m.exp(e, 0, 17);
      float[] s = big.clone();
      m.sigmoid(s, 0, 17);
      float[] t = big.clone();
      m.tanh(t, 0, 17);
      for (int i = 0; i < 17; i++) {
        boolean neg = i < 8;
        assertEquals(neg ? 0f : Float.POSITIVE_INFINITY, e[i], 0f, "exp " + big[i] + " " + m.describe());
        assertEquals(neg ? 0f : 1f, s[i], 0f, "sigmoid " + big[i] + " " + m.describe());
        assertEquals(neg ? -1f : 1f, t[i], 0f, "tanh " + big[i] + " " + m.describe());
      }
    }
  }

  @Test
  void logSumExpMatchesTheDoubleSumAndIgnoresValuesOutsideTheRange() {
    float[] a = inputs();
    double want = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 2; i < a.length - 1; i++) {
      max = Math.max(max, a[i]);
    }
    for (int i = 2; i < a.length - 1; i++) {
      want += Math.exp(a[i] - max);
    }
    want = max + Math.log(want);
    for (RowMath m : implementations()) {
      float[] copy = a.clone();
      copy[0] = 1e4f; // outside the range: must not be the maximum
      assertEquals(want, m.logSumExp(copy, 2, a.length - 3), 1e-5, m.describe());
      float[] minusInf = {Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
      assertEquals(Float.NEGATIVE_INFINITY, m.logSumExp(minusInf, 0, 3), 0f, m.describe());
      // one large value dominates without overflow: log(e^100 + 8 e^0) = 100 + log(1 + 8 e^-100)
      float[] two = new float[9];
      two[4] = 100f;
      assertEquals(100.0, m.logSumExp(two, 0, 9), 1e-5, m.describe());
    }
  }

  @Test
  void firstAboveFindsTheFirstLargerValueInTheRangeOrItsEnd() {
    // 1,000 zeros with values above 0.5 at 37 (a vector tail for every width up to 16 follows) and
    // at 999, and a NaN at 5, which never counts as above
    float[] a = new float[1000];
    a[5] = Float.NaN;
    a[37] = 0.75f;
    a[999] = 1f;
    for (RowMath m : implementations()) {
      String what = m.describe();
      assertEquals(37, m.firstAbove(a, 0, 1000, 0.5f), what);
      assertEquals(999, m.firstAbove(a, 38, 1000, 0.5f), what);
      assertEquals(999, m.firstAbove(a, 38, 999, 0.5f), what + ": none in [38, 999)");
      assertEquals(37, m.firstAbove(a, 37, 38, 0.5f), what + ": one-element range");
      assertEquals(999, m.firstAbove(a, 38, 1000, 0.75f), what + ": strictly above");
      assertEquals(12, m.firstAbove(a, 12, 12, 0.5f), what + ": empty range");
      assertEquals(0, m.firstAbove(a, 0, 1000, Float.NEGATIVE_INFINITY), what + ": everything is above -inf");
      for (int from = 0; from < 40; from++) {
        int want = from <= 37 ? 37 : 999;
        assertEquals(want, m.firstAbove(a, from, 1000, 0.5f), what + " from " + from);
      }
    }
  }

  /** inputs() plus the edges: signed zeros, infinities, NaN, the exp cut-offs and their neighbours. */
  private static float[] inputsWithEdges() {
    float[] edges = {0f, -0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, Activations.EXP_HI,
        Math.nextUp(Activations.EXP_HI), Activations.EXP_LO, Math.nextDown(Activations.EXP_LO), 44f, -44f,
        Activations.TANH_SERIES_BELOW, -Activations.TANH_SERIES_BELOW, Math.nextDown(Activations.TANH_SERIES_BELOW),
        Float.MIN_VALUE, -Float.MIN_VALUE, 1e-20f, -1e-20f, 200f, -200f, 87.9f, -87.3f};
    float[] base = inputs();
    float[] all = java.util.Arrays.copyOf(base, base.length + edges.length);
    System.arraycopy(edges, 0, all, base.length, edges.length);
    return all;
  }

  private static void assertBitIdentical(String what, float[] want, float[] got, int pass) {
    for (int i = 0; i < want.length; i++) {
      if (Float.floatToIntBits(want[i]) != Float.floatToIntBits(got[i])) {
        throw new AssertionError(what + " element " + i + " in pass " + pass + ": scalar " + want[i] + ", vector "
            + got[i]);
      }
    }
  }

  @Test
  void vectorElementFunctionsAreBitIdenticalToTheScalarOnesInterpretedAndCompiled() {
    // The JIT compiles the vector code after a few thousand passes; a result that changed then (as
    // the vector API's own EXP does: Math.exp per lane interpreted, SVML compiled) would make a
    // resumed run drift from a straight one. The scalar functions are plain float arithmetic.
    float[] in = inputsWithEdges();
    float[] wantExp = in.clone();
    float[] wantSigmoid = in.clone();
    float[] wantTanh = in.clone();
    ScalarRowMath scalar = new ScalarRowMath();
    scalar.exp(wantExp, 0, in.length);
    scalar.sigmoid(wantSigmoid, 0, in.length);
    scalar.tanh(wantTanh, 0, in.length);
    VectorRowMath vector = VectorRowMath.create();
    float firstLogSumExp = vector.logSumExp(in, 0, 1627); // the finite inputs, before any compilation
    for (int pass = 0; pass < 3000; pass++) {
      float[] e = in.clone();
      vector.exp(e, 0, in.length);
      assertBitIdentical("exp", wantExp, e, pass);
      float[] s = in.clone();
      vector.sigmoid(s, 0, in.length);
      assertBitIdentical("sigmoid", wantSigmoid, s, pass);
      float[] t = in.clone();
      vector.tanh(t, 0, in.length);
      assertBitIdentical("tanh", wantTanh, t, pass);
      float lse = vector.logSumExp(in, 0, 1627);
      assertEquals(Float.floatToIntBits(firstLogSumExp), Float.floatToIntBits(lse), "logSumExp in pass " + pass);
    }
  }

  @Test
  void theBuildRunsTheTestsWithTheVectorImplementation() {
    // surefire's argLine adds the module; without it this process would silently test only the scalar path
    assertTrue(VectorRowMath.moduleAvailable(), "tests must run with --add-modules jdk.incubator.vector");
    assertTrue(RowMath.get().describe().startsWith("vector API"), RowMath.get().describe());
  }
}

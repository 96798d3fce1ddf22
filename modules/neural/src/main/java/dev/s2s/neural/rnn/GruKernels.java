package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.RowMath;

/**
 * The element-wise parts of one {@link Gru} step as fused loops over float row blocks (one pass
 * over memory instead of one ND4J op, and often one temporary array, per term). Each row is copied
 * into Java arrays, transformed there ({@link RowMath} for sigmoid and tanh; the plain loops are
 * vectorised by the JIT) and copied back. Formulas and column layout [r | z | n] as in
 * {@link Gru}; H = hidden size; every block has the rows of the step that the cell computes.
 */
final class GruKernels {
  private GruKernels() {}

  /** rz = sigmoid(rz + proj[:, 0:2H]) in place (rz holds h_prev U_rz); rh = r * prev. */
  static void gates(FloatBlock proj, FloatBlock prev, FloatBlock rz, FloatBlock rh, int h) {
    RowMath math = RowMath.get();
    float[] g = new float[2 * h];
    float[] p = new float[2 * h];
    float[] hp = new float[h];
    for (int i = 0; i < rz.rows(); i++) {
      rz.readRow(i, 0, g, 0, 2 * h);
      proj.readRow(i, 0, p, 0, 2 * h);
      prev.readRow(i, 0, hp, 0, h);
      for (int j = 0; j < 2 * h; j++) {
        g[j] += p[j];
      }
      math.sigmoid(g, 0, 2 * h);
      rz.writeRow(i, 0, g, 0, 2 * h);
      for (int j = 0; j < h; j++) {
        hp[j] *= g[j];
      }
      rh.writeRow(i, 0, hp, 0, h);
    }
  }

  /**
   * n = tanh(n + proj[:, 2H:3H]) in place (n holds (r * h_prev) U_n); next = n + z (prev - n) for
   * real rows, prev for padded rows.
   */
  static void candidateAndState(FloatBlock proj, FloatBlock prev, FloatBlock rz, FloatBlock n, FloatBlock next, int h,
      StepMask mask, int t) {
    RowMath math = RowMath.get();
    float[] c = new float[h];
    float[] p = new float[h];
    float[] z = new float[h];
    float[] hp = new float[h];
    for (int i = 0; i < n.rows(); i++) {
      n.readRow(i, 0, c, 0, h);
      proj.readRow(i, 2 * h, p, 0, h);
      for (int j = 0; j < h; j++) {
        c[j] += p[j];
      }
      math.tanh(c, 0, h);
      n.writeRow(i, 0, c, 0, h);
      prev.readRow(i, 0, hp, 0, h);
      if (mask.keep(t, i) != 0) {
        rz.readRow(i, h, z, 0, h);
        for (int j = 0; j < h; j++) {
          hp[j] = c[j] + z[j] * (hp[j] - c[j]);
        }
      }
      next.writeRow(i, 0, hp, 0, h);
    }
  }

  /**
   * With dh = mask * dState: dProj[:, 2H:3H] = dh (1 - z)(1 - n^2) and dProj[:, H:2H] = dh (prev - n)
   * z (1 - z).
   */
  static void candidateAndUpdateGrads(FloatBlock prev, FloatBlock rz, FloatBlock n, FloatBlock dState, FloatBlock dProj,
      int h, StepMask mask, int t) {
    float[] z = new float[h];
    float[] c = new float[h];
    float[] hp = new float[h];
    float[] ds = new float[h];
    float[] dz = new float[h];
    for (int i = 0; i < n.rows(); i++) {
      float keep = mask.keep(t, i);
      rz.readRow(i, h, z, 0, h);
      n.readRow(i, 0, c, 0, h);
      prev.readRow(i, 0, hp, 0, h);
      dState.readRow(i, 0, ds, 0, h);
      for (int j = 0; j < h; j++) {
        float dh = keep * ds[j];
        dz[j] = dh * (hp[j] - c[j]) * z[j] * (1 - z[j]);
        ds[j] = dh * (1 - z[j]) * (1 - c[j] * c[j]);
      }
      dProj.writeRow(i, h, dz, 0, h);
      dProj.writeRow(i, 2 * h, ds, 0, h);
    }
  }

  /**
   * dProj[:, 0:H] = dRh prev r (1 - r); dPrev = mask dState z + dRh r + (1 - mask) dState (the
   * recurrent product dRz U_rz^T is added by the caller).
   */
  static void resetGradsAndCarry(FloatBlock prev, FloatBlock rz, FloatBlock dRh, FloatBlock dState, FloatBlock dProj,
      FloatBlock dPrev, int h, StepMask mask, int t) {
    float[] g = new float[2 * h];
    float[] hp = new float[h];
    float[] a = new float[h];
    float[] ds = new float[h];
    for (int i = 0; i < rz.rows(); i++) {
      float keep = mask.keep(t, i);
      rz.readRow(i, 0, g, 0, 2 * h);
      prev.readRow(i, 0, hp, 0, h);
      dRh.readRow(i, 0, a, 0, h);
      dState.readRow(i, 0, ds, 0, h);
      for (int j = 0; j < h; j++) {
        float r = g[j];
        hp[j] = a[j] * hp[j] * r * (1 - r);
        ds[j] = keep * ds[j] * g[h + j] + a[j] * r + (1 - keep) * ds[j];
      }
      dProj.writeRow(i, 0, hp, 0, h);
      dPrev.writeRow(i, 0, ds, 0, h);
    }
  }
}

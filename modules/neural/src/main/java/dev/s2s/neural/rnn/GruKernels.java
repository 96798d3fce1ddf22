package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Activations;
import dev.s2s.neural.nn.FloatBlock;
import java.nio.FloatBuffer;

/**
 * The element-wise parts of one {@link Gru} step as fused loops over float row blocks (one pass
 * over memory instead of one ND4J op, and often one temporary array, per term). Formulas and
 * column layout [r | z | n] as in {@link Gru}; B rows, H = hidden size; every block has B rows.
 */
final class GruKernels {
  private GruKernels() {}

  /** rz = sigmoid(rz + proj[:, 0:2H]) in place (rz holds h_prev U_rz); rh = r * prev. */
  static void gates(FloatBlock proj, FloatBlock prev, FloatBlock rz, FloatBlock rh, int h) {
    FloatBuffer p = proj.buffer();
    FloatBuffer g = rz.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer out = rh.buffer();
    for (int i = 0; i < rz.rows(); i++) {
      int gi = rz.index(i, 0);
      int pi = proj.index(i, 0);
      for (int j = 0; j < 2 * h; j++) {
        g.put(gi + j, sigmoid(g.get(gi + j) + p.get(pi + j)));
      }
      int hi = prev.index(i, 0);
      int oi = rh.index(i, 0);
      for (int j = 0; j < h; j++) {
        out.put(oi + j, g.get(gi + j) * hp.get(hi + j));
      }
    }
  }

  /**
   * n = tanh(n + proj[:, 2H:3H]) in place (n holds (r * h_prev) U_n); next = n + z (prev - n) for
   * real rows, prev for padded rows.
   */
  static void candidateAndState(FloatBlock proj, FloatBlock prev, FloatBlock rz, FloatBlock n, FloatBlock next, int h,
      StepMask mask, int t) {
    FloatBuffer p = proj.buffer();
    FloatBuffer g = rz.buffer();
    FloatBuffer c = n.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer out = next.buffer();
    for (int i = 0; i < n.rows(); i++) {
      boolean real = mask.keep(t, i) != 0;
      int pi = proj.index(i, 2 * h);
      int zi = rz.index(i, h);
      int ci = n.index(i, 0);
      int hi = prev.index(i, 0);
      int oi = next.index(i, 0);
      for (int j = 0; j < h; j++) {
        float nv = tanh(c.get(ci + j) + p.get(pi + j));
        c.put(ci + j, nv);
        float hv = hp.get(hi + j);
        out.put(oi + j, real ? nv + g.get(zi + j) * (hv - nv) : hv);
      }
    }
  }

  /**
   * With dh = mask * dState: dProj[:, 2H:3H] = dh (1 - z)(1 - n^2) and dProj[:, H:2H] = dh (prev - n)
   * z (1 - z).
   */
  static void candidateAndUpdateGrads(FloatBlock prev, FloatBlock rz, FloatBlock n, FloatBlock dState, FloatBlock dProj,
      int h, StepMask mask, int t) {
    FloatBuffer g = rz.buffer();
    FloatBuffer c = n.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer ds = dState.buffer();
    FloatBuffer dp = dProj.buffer();
    for (int i = 0; i < n.rows(); i++) {
      float keep = mask.keep(t, i);
      int zi = rz.index(i, h);
      int ci = n.index(i, 0);
      int hi = prev.index(i, 0);
      int si = dState.index(i, 0);
      int dzi = dProj.index(i, h);
      int dni = dProj.index(i, 2 * h);
      for (int j = 0; j < h; j++) {
        float dh = keep * ds.get(si + j);
        float z = g.get(zi + j);
        float nv = c.get(ci + j);
        dp.put(dni + j, dh * (1 - z) * (1 - nv * nv));
        dp.put(dzi + j, dh * (hp.get(hi + j) - nv) * z * (1 - z));
      }
    }
  }

  /**
   * dProj[:, 0:H] = dRh prev r (1 - r); dPrev = mask dState z + dRh r + (1 - mask) dState (the
   * recurrent product dRz U_rz^T is added by the caller).
   */
  static void resetGradsAndCarry(FloatBlock prev, FloatBlock rz, FloatBlock dRh, FloatBlock dState, FloatBlock dProj,
      FloatBlock dPrev, int h, StepMask mask, int t) {
    FloatBuffer g = rz.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer drh = dRh.buffer();
    FloatBuffer ds = dState.buffer();
    FloatBuffer dp = dProj.buffer();
    FloatBuffer out = dPrev.buffer();
    for (int i = 0; i < rz.rows(); i++) {
      float keep = mask.keep(t, i);
      int ri = rz.index(i, 0);
      int zi = rz.index(i, h);
      int hi = prev.index(i, 0);
      int ai = dRh.index(i, 0);
      int si = dState.index(i, 0);
      int dri = dProj.index(i, 0);
      int oi = dPrev.index(i, 0);
      for (int j = 0; j < h; j++) {
        float r = g.get(ri + j);
        float a = drh.get(ai + j);
        float s = ds.get(si + j);
        dp.put(dri + j, a * hp.get(hi + j) * r * (1 - r));
        out.put(oi + j, keep * s * g.get(zi + j) + a * r + (1 - keep) * s);
      }
    }
  }

  private static float sigmoid(float x) {
    return Activations.sigmoid(x);
  }

  private static float tanh(float x) {
    return Activations.tanh(x);
  }
}

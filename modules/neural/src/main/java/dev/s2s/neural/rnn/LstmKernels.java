package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.Activations;
import dev.s2s.neural.nn.FloatBlock;
import java.nio.FloatBuffer;

/**
 * The element-wise parts of one {@link Lstm} step as fused loops over float row blocks. Gate
 * columns [i | f | g | o], carried state [h | c]; B rows, H = hidden size; every block has B rows.
 */
final class LstmKernels {
  private LstmKernels() {}

  /**
   * gates = act(gates + proj) in place (gates holds h_prev U); c = f c_prev + i g; tanhC = tanh(c);
   * next = [o tanhC | c] for real rows, prev for padded rows.
   */
  static void forward(FloatBlock proj, FloatBlock prev, FloatBlock gates, FloatBlock tanhC, FloatBlock next, int h,
      StepMask mask, int t) {
    FloatBuffer p = proj.buffer();
    FloatBuffer g = gates.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer tc = tanhC.buffer();
    FloatBuffer out = next.buffer();
    for (int r = 0; r < gates.rows(); r++) {
      boolean real = mask.keep(t, r) != 0;
      int gi = gates.index(r, 0);
      int pi = proj.index(r, 0);
      int hi = prev.index(r, 0);
      int ti = tanhC.index(r, 0);
      int oi = next.index(r, 0);
      for (int j = 0; j < h; j++) {
        float i = Activations.sigmoid(g.get(gi + j) + p.get(pi + j));
        float f = Activations.sigmoid(g.get(gi + h + j) + p.get(pi + h + j));
        float gg = Activations.tanh(g.get(gi + 2 * h + j) + p.get(pi + 2 * h + j));
        float o = Activations.sigmoid(g.get(gi + 3 * h + j) + p.get(pi + 3 * h + j));
        g.put(gi + j, i);
        g.put(gi + h + j, f);
        g.put(gi + 2 * h + j, gg);
        g.put(gi + 3 * h + j, o);
        float cPrev = hp.get(hi + h + j);
        float c = f * cPrev + i * gg;
        float t2 = Activations.tanh(c);
        tc.put(ti + j, t2);
        out.put(oi + j, real ? o * t2 : hp.get(hi + j));
        out.put(oi + h + j, real ? c : cPrev);
      }
    }
  }

  /**
   * With [dh | dc_next] = mask * dState: dc = dh o (1 - tanhC^2) + dc_next; dProj = [dc g i(1-i) |
   * dc c_prev f(1-f) | dc i (1-g^2) | dh tanhC o(1-o)]; dPrev = [(1 - mask) dh_state | dc f + (1 -
   * mask) dc_state] (the caller adds dProj U^T to the h part).
   */
  static void backward(FloatBlock prev, FloatBlock gates, FloatBlock tanhC, FloatBlock dState, FloatBlock dProj,
      FloatBlock dPrev, int h, StepMask mask, int t) {
    FloatBuffer g = gates.buffer();
    FloatBuffer hp = prev.buffer();
    FloatBuffer tc = tanhC.buffer();
    FloatBuffer ds = dState.buffer();
    FloatBuffer dp = dProj.buffer();
    FloatBuffer out = dPrev.buffer();
    for (int r = 0; r < gates.rows(); r++) {
      float keep = mask.keep(t, r);
      int gi = gates.index(r, 0);
      int hi = prev.index(r, 0);
      int ti = tanhC.index(r, 0);
      int si = dState.index(r, 0);
      int di = dProj.index(r, 0);
      int oi = dPrev.index(r, 0);
      for (int j = 0; j < h; j++) {
        float i = g.get(gi + j);
        float f = g.get(gi + h + j);
        float gg = g.get(gi + 2 * h + j);
        float o = g.get(gi + 3 * h + j);
        float t2 = tc.get(ti + j);
        float dhState = ds.get(si + j);
        float dcState = ds.get(si + h + j);
        float dh = keep * dhState;
        float dc = dh * o * (1 - t2 * t2) + keep * dcState;
        dp.put(di + j, dc * gg * i * (1 - i));
        dp.put(di + h + j, dc * hp.get(hi + h + j) * f * (1 - f));
        dp.put(di + 2 * h + j, dc * i * (1 - gg * gg));
        dp.put(di + 3 * h + j, dh * t2 * o * (1 - o));
        out.put(oi + j, (1 - keep) * dhState);
        out.put(oi + h + j, dc * f + (1 - keep) * dcState);
      }
    }
  }
}

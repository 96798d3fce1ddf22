package dev.s2s.neural.rnn;

import dev.s2s.neural.nn.FloatBlock;
import dev.s2s.neural.nn.RowMath;

/**
 * The element-wise parts of one {@link Lstm} step as fused loops over float row blocks, each row
 * copied into Java arrays and back ({@link RowMath} for sigmoid and tanh). Gate columns
 * [i | f | g | o], carried state [h | c]; H = hidden size; every block has the rows of the step that the cell computes.
 */
final class LstmKernels {
  private LstmKernels() {}

  /**
   * gates = act(gates + proj) in place (gates holds h_prev U); c = f c_prev + i g; tanhC = tanh(c);
   * next = [o tanhC | c] for real rows, prev for padded rows.
   */
  static void forward(FloatBlock proj, FloatBlock prev, FloatBlock gates, FloatBlock tanhC, FloatBlock next, int h,
      StepMask mask, int t) {
    RowMath math = RowMath.get();
    float[] g = new float[4 * h];
    float[] p = new float[4 * h];
    float[] hp = new float[2 * h];
    float[] c = new float[h];
    for (int r = 0; r < gates.rows(); r++) {
      gates.readRow(r, 0, g, 0, 4 * h);
      proj.readRow(r, 0, p, 0, 4 * h);
      prev.readRow(r, 0, hp, 0, 2 * h);
      for (int j = 0; j < 4 * h; j++) {
        g[j] += p[j];
      }
      math.sigmoid(g, 0, 2 * h);
      math.tanh(g, 2 * h, h);
      math.sigmoid(g, 3 * h, h);
      gates.writeRow(r, 0, g, 0, 4 * h);
      for (int j = 0; j < h; j++) {
        c[j] = g[h + j] * hp[h + j] + g[j] * g[2 * h + j];
      }
      if (mask.keep(t, r) != 0) {
        System.arraycopy(c, 0, hp, h, h);
        math.tanh(c, 0, h);
        for (int j = 0; j < h; j++) {
          hp[j] = g[3 * h + j] * c[j];
        }
      } else {
        math.tanh(c, 0, h);
      }
      tanhC.writeRow(r, 0, c, 0, h);
      next.writeRow(r, 0, hp, 0, 2 * h);
    }
  }

  /**
   * With [dh | dc_next] = mask * dState: dc = dh o (1 - tanhC^2) + dc_next; dProj = [dc g i(1-i) |
   * dc c_prev f(1-f) | dc i (1-g^2) | dh tanhC o(1-o)]; dPrev = [(1 - mask) dh_state | dc f + (1 -
   * mask) dc_state] (the caller adds dProj U^T to the h part).
   */
  static void backward(FloatBlock prev, FloatBlock gates, FloatBlock tanhC, FloatBlock dState, FloatBlock dProj,
      FloatBlock dPrev, int h, StepMask mask, int t) {
    float[] g = new float[4 * h];
    float[] cPrev = new float[h];
    float[] tc = new float[h];
    float[] ds = new float[2 * h];
    float[] dp = new float[4 * h];
    for (int r = 0; r < gates.rows(); r++) {
      float keep = mask.keep(t, r);
      gates.readRow(r, 0, g, 0, 4 * h);
      prev.readRow(r, h, cPrev, 0, h);
      tanhC.readRow(r, 0, tc, 0, h);
      dState.readRow(r, 0, ds, 0, 2 * h);
      for (int j = 0; j < h; j++) {
        float i = g[j];
        float f = g[h + j];
        float gg = g[2 * h + j];
        float o = g[3 * h + j];
        float t2 = tc[j];
        float dhState = ds[j];
        float dcState = ds[h + j];
        float dh = keep * dhState;
        float dc = dh * o * (1 - t2 * t2) + keep * dcState;
        dp[j] = dc * gg * i * (1 - i);
        dp[h + j] = dc * cPrev[j] * f * (1 - f);
        dp[2 * h + j] = dc * i * (1 - gg * gg);
        dp[3 * h + j] = dh * t2 * o * (1 - o);
        ds[j] = (1 - keep) * dhState;
        ds[h + j] = dc * f + (1 - keep) * dcState;
      }
      dProj.writeRow(r, 0, dp, 0, 4 * h);
      dPrev.writeRow(r, 0, ds, 0, 2 * h);
    }
  }
}

package dev.s2s.cli;

import dev.s2s.eval.bootstrap.BootstrapEstimate;
import dev.s2s.eval.bootstrap.PairedBootstrapResult;
import dev.s2s.eval.text.FixedPoint;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints a paired bootstrap comparison of two systems as text or sacreBLEU-style JSON. */
final class BootstrapReport {
  private BootstrapReport() {}

  /**
   * The signature with the bootstrap settings where sacreBLEU puts them: {@code
   * nrefs:1|bs:1000|seed:12345|case:...}.
   */
  static String signature(String metricSignature, PairedBootstrapResult r) {
    int bar = metricSignature.indexOf('|');
    String head = bar < 0 ? metricSignature : metricSignature.substring(0, bar);
    String tail = bar < 0 ? "" : metricSignature.substring(bar);
    return head + "|bs:" + r.resamples() + "|seed:" + r.seed() + tail;
  }

  static String text(
      String metric, String nameA, String nameB, PairedBootstrapResult r, String sig, int width) {
    StringBuilder sb = new StringBuilder();
    sb.append("Paired bootstrap resampling test with ").append(r.resamples())
        .append(" resamples (seed ").append(r.seed()).append(")\n");
    sb.append("baseline ").append(nameA).append(": ")
        .append(line(metric, r.baseline(), width)).append('\n');
    sb.append("system   ").append(nameB).append(": ")
        .append(line(metric, r.system(), width)).append('\n');
    double delta = r.system().score() - r.baseline().score();
    sb.append("difference: ").append(delta >= 0 ? "+" : "").append(FixedPoint.format(delta, width))
        .append(" (p = ").append(FixedPoint.format(r.pValue(), 4)).append(')')
        .append(r.pValue() < 0.05 ? " significant at 0.05" : " not significant at 0.05")
        .append('\n');
    sb.append("signature: ").append(sig);
    return sb.toString();
  }

  static String json(
      String metric, String nameA, String nameB, PairedBootstrapResult r, String sig, int width) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", metric);
    m.put("signature", sig);
    m.put("baseline", estimate(nameA, r.baseline(), width));
    m.put("system", estimate(nameB, r.system(), width));
    m.put("p_value", new PyJson.Raw(FixedPoint.pythonRoundedFloat(r.pValue(), 4)));
    m.put("resamples", new PyJson.Raw(Integer.toString(r.resamples())));
    m.put("seed", new PyJson.Raw(Long.toString(r.seed())));
    return PyJson.write(m);
  }

  private static String line(String metric, BootstrapEstimate e, int width) {
    return metric + " = " + FixedPoint.format(e.score(), width)
        + " (μ = " + FixedPoint.format(e.mean(), width)
        + " ± " + FixedPoint.format(e.ci(), width)
        + ", 95% CI " + FixedPoint.format(e.lower(), width)
        + " .. " + FixedPoint.format(e.upper(), width) + ")";
  }

  private static Map<String, Object> estimate(String name, BootstrapEstimate e, int width) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", name);
    m.put("score", raw(e.score(), width));
    m.put("mean", raw(e.mean(), width));
    m.put("ci", raw(e.ci(), width));
    m.put("lower", raw(e.lower(), width));
    m.put("upper", raw(e.upper(), width));
    return m;
  }

  private static PyJson.Raw raw(double x, int width) {
    return new PyJson.Raw(FixedPoint.pythonRoundedFloat(x, width));
  }
}

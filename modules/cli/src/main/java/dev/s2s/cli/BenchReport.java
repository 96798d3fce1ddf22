package dev.s2s.cli;

import dev.s2s.common.AtomicFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code s2s bench} reports: date, machine, settings, figures (median/min/max over rounds)
 * and peak memory, as a text table, as CSV (one row per figure) and as JSON.
 *
 * @param date ISO-8601 UTC time the run started
 * @param machine where it ran
 * @param settings sizes and run settings (printed and written as given)
 * @param figures throughput figures
 * @param memory peak memory figures in MiB (key to value)
 * @param loadBefore load average when the run started
 * @param loadAfter load average when it ended
 * @param warnings things that make the figures less trustworthy
 */
record BenchReport(String date, MachineInfo machine, Map<String, Object> settings, BenchFigures figures,
    Map<String, Double> memory, String loadBefore, String loadAfter, List<String> warnings) {

  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "s2s bench %s  nproc=%d  %s  %s  OMP_WAIT_POLICY=%s  OPENBLAS_CORETYPE=%s  element-wise: %s%n",
        date, machine.nproc(), machine.cpu(), machine.jvm(),
        machine.ompWaitPolicy() == null ? "(unset)" : machine.ompWaitPolicy(),
        machine.openblasCoretype() == null ? "(unset)" : machine.openblasCoretype(), machine.elementwise()));
    sb.append("settings:");
    settings.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v instanceof PyJson.Raw r ? r.text() : v));
    sb.append(System.lineSeparator());
    sb.append("load average: before ").append(loadBefore).append(", after ").append(loadAfter)
        .append(System.lineSeparator());
    sb.append(String.format(Locale.ROOT, "%-28s %12s %12s %12s  %s%n", "figure", "median", "min", "max", "unit"));
    for (BenchFigures.Figure f : figures.all()) {
      sb.append(String.format(Locale.ROOT, "%-28s %12.1f %12.1f %12.1f  %s%n", f.label(), f.median(), f.min(),
          f.max(), f.unit()));
    }
    memory.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-28s %12.1f %12s %12s  MiB%n", k, v, "", "")));
    for (String w : warnings) {
      sb.append("warning: ").append(w).append(System.lineSeparator());
    }
    return sb.toString();
  }

  String csv() {
    StringBuilder sb = new StringBuilder("figure,unit,median,min,max,rounds\n");
    for (BenchFigures.Figure f : figures.all()) {
      sb.append(f.key()).append(',').append(f.unit()).append(',').append(num(f.median())).append(',')
          .append(num(f.min())).append(',').append(num(f.max())).append(',').append(f.values().size()).append('\n');
    }
    memory.forEach((k, v) -> sb.append(k).append(",MiB,").append(num(v)).append(',').append(num(v)).append(',')
        .append(num(v)).append(",1\n"));
    return sb.toString();
  }

  String json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("date", date);
    root.put("machine", machine.toJson());
    root.put("load_before", loadBefore);
    root.put("load_after", loadAfter);
    root.put("settings", settings);
    Map<String, Object> figs = new LinkedHashMap<>();
    for (BenchFigures.Figure f : figures.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("unit", f.unit());
      m.put("median", raw(f.median()));
      m.put("min", raw(f.min()));
      m.put("max", raw(f.max()));
      List<Object> rounds = new ArrayList<>();
      f.values().forEach(v -> rounds.add(raw(v)));
      m.put("rounds", rounds);
      figs.put(f.key(), m);
    }
    root.put("figures", figs);
    Map<String, Object> mem = new LinkedHashMap<>();
    memory.forEach((k, v) -> mem.put(k, raw(v)));
    root.put("memory", mem);
    root.put("warnings", new ArrayList<Object>(warnings));
    return PyJson.write(root) + "\n";
  }

  /** Writes bench.csv and bench.json into {@code dir} (each atomically). */
  void write(Path dir) {
    AtomicFiles.writeString(dir.resolve("bench.csv"), csv());
    AtomicFiles.writeString(dir.resolve("bench.json"), json());
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static PyJson.Raw raw(double v) {
    return new PyJson.Raw(Double.isFinite(v) ? num(v) : "null");
  }
}
